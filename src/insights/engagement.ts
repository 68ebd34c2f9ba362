import type { PostRecord } from '../store/db';
import { median } from './median';

type Counted = Pick<PostRecord, 'reactions' | 'comments' | 'shares'>;

/**
 * Reactions, comments and shares together, as the site showed them; undefined when the site
 * showed none of the three (a count of 0 is a reading, a missing count is not).
 */
export function engagementOf(post: Counted): number | undefined {
  const counts = [post.reactions, post.comments, post.shares].filter((n): n is number => n !== undefined);
  return counts.length === 0 ? undefined : counts.reduce((a, b) => a + b, 0);
}

/** The page's typical post: the median engagement of the posts whose counts were read. */
export function medianEngagement(posts: readonly Counted[]): number | undefined {
  return median(posts.map(engagementOf).filter((n): n is number => n !== undefined));
}

/** A post's engagement as a multiple of the page's median; undefined without both, or a median of 0. */
export function relativeEngagement(post: Counted, pageMedian: number | undefined): number | undefined {
  const engagement = engagementOf(post);
  if (engagement === undefined || pageMedian === undefined || pageMedian <= 0) return undefined;
  return engagement / pageMedian;
}
