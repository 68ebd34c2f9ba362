/**
 * The fields an observation gave, named as adapters name what they miss (Observation.missing:
 * "followers", "name", "post.date", "post.text", "post.engagement"). A field a page gave on an
 * earlier visit and misses now is drift; one it never gave is simply not there.
 */
import type { Observation } from './types';

/** Sorted, so that a page record's list compares equal from visit to visit. */
export function givenFields(obs: Observation): string[] {
  const posts = obs.posts.filter((post) => !post.repost);
  const given: [string, boolean][] = [
    ['followers', obs.followers !== undefined],
    ['name', obs.page.name !== undefined],
    ['post.date', posts.some((post) => post.publishedAt !== undefined)],
    ['post.text', posts.some((post) => post.text !== undefined)],
    ['post.engagement', posts.some((post) => post.reactions !== undefined || post.comments !== undefined || post.shares !== undefined)],
  ];
  return given.filter(([, gave]) => gave).map(([field]) => field).sort();
}

/** What the page misses now of what it gave before: the page changed, or our reading of it did. */
export function drifted(missing: readonly string[] | undefined, gaveBefore: readonly string[] | undefined): string[] {
  const gave = new Set(gaveBefore);
  return (missing ?? []).filter((field) => gave.has(field));
}
