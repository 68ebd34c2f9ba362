import type { PostRecord } from '../store/db';

/** A post as the follower chart marks it: when, and what its tooltip says. */
export type ChartPost = { at: number } & Pick<PostRecord, 'text' | 'kind' | 'reactions'>;

/** Dated own posts, newest first (as the store reads them), as chart markers oldest first. */
export function chartPostsOf(posts: readonly PostRecord[], from: number): ChartPost[] {
  return posts
    .filter((p) => p.publishedAt !== undefined && p.publishedAt >= from)
    .map(({ publishedAt, text, kind, reactions }) => ({ at: publishedAt!, text, kind, reactions }))
    .reverse();
}
