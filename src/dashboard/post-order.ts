import { engagementOf } from '../insights/engagement';
import type { PostRecord } from '../store/db';

export type PostOrder = 'date' | 'engagement';

/** Newest first, or the best first: most reactions, comments and shares together, posts without counts last. */
export function orderPosts(posts: readonly PostRecord[], order: PostOrder): PostRecord[] {
  const byDate = (a: PostRecord, b: PostRecord) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0);
  if (order === 'date') return [...posts].sort(byDate);
  return [...posts].sort((a, b) => (engagementOf(b) ?? -1) - (engagementOf(a) ?? -1) || byDate(a, b));
}
