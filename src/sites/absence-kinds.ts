import type { PostKind, SiteId } from './types';

/**
 * The post kinds whose absence from a page's recent posts means something: the site's reader
 * tells them apart (see each adapter's kind reading), and the timeline is not made of them.
 * YouTube's Videos tab is all videos, so "no video" is never said there; Instagram's grid tells
 * photos from reels only; no reader but Facebook's and LinkedIn's sees events, and Bluesky has no polls.
 */
export const ABSENCE_KINDS: Record<SiteId, readonly Exclude<PostKind, 'text' | 'link' | 'other'>[]> = {
  facebook: ['poll', 'video', 'photo', 'event'],
  linkedin: ['poll', 'video', 'photo', 'event'],
  x: ['poll', 'video', 'photo'],
  mastodon: ['poll', 'video', 'photo'],
  bluesky: ['video', 'photo'],
  instagram: ['video', 'photo'],
  youtube: ['poll', 'photo'],
};
