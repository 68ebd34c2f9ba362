/**
 * m.facebook.com and mbasic.facebook.com draw a Page with older markup: each post carries a
 * `data-ft` JSON attribute with its id (top_level_post_id) and, under page_insights, its
 * post_context.publish_time (epoch seconds). Read what it holds; a value that is not the shape
 * we know gives nothing, never a guess.
 */
import { trustedCreated, trustedPostId } from './facebook-attributes';
import { isBag } from './facebook-stories';

export interface LegacyFacts {
  postId?: string;
  publishedSeconds?: number;
}

export function legacyFacts(container: Element, now: Date): LegacyFacts {
  const raw = container.getAttribute('data-ft');
  if (!raw) return {};
  let ft: unknown;
  try {
    ft = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isBag(ft)) return {};
  const facts: LegacyFacts = {};
  const postId = trustedPostId(ft.top_level_post_id);
  if (postId) facts.postId = postId;
  const insights = isBag(ft.page_insights) ? Object.values(ft.page_insights) : [];
  for (const insight of insights) {
    const time = isBag(insight) && isBag(insight.post_context) ? insight.post_context.publish_time : undefined;
    const seconds = typeof time === 'number' ? trustedCreated(String(time), now) : undefined;
    if (seconds !== undefined) {
      facts.publishedSeconds = seconds;
      break;
    }
  }
  return facts;
}
