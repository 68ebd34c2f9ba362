import type { BackgroundMessage } from '../messages';
import { isManualPostId } from '../insights/manual-post';
import { SITE_IDS, type DatePrecision, type Observation, type ObservedPost, type PostKind } from '../sites/types';

/**
 * Messages reach the service worker from content scripts running inside pages we do not
 * control; anything a page can influence is checked here before it touches the store.
 * Returns null for anything malformed (the caller logs and drops it).
 */
export function validateBackgroundMessage(raw: unknown): BackgroundMessage | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'observation': {
      const observation = validateObservation(raw.observation);
      return observation && { type: 'observation', observation };
    }
    case 'track-page': {
      const observation = validateObservation(raw.observation);
      if (!observation || (raw.role !== 'mine' && raw.role !== 'watch')) return null;
      return { type: 'track-page', observation, role: raw.role };
    }
    case 'list-pages':
    case 'store-status':
      return { type: raw.type };
    default:
      return null;
  }
}

/** The most posts one observation message may carry; senders split longer timelines into parts. */
export const MAX_POSTS_PER_MESSAGE = 500;
const LIMITS = { handle: 100, name: 200, url: 2048, shown: 60, postId: 200, text: 280, posts: MAX_POSTS_PER_MESSAGE, missing: 20 };
const PRECISIONS: readonly DatePrecision[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];
const KINDS: readonly PostKind[] = ['text', 'photo', 'video', 'link', 'poll', 'event', 'other'];
/** Social sites older than this do not exist; later than a day ahead is a forged or broken date. */
const EARLIEST = Date.UTC(2003, 0, 1);
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export function validateObservation(raw: unknown, now = Date.now()): Observation | null {
  if (!isRecord(raw) || !isRecord(raw.page) || !Array.isArray(raw.posts)) return null;
  if (!SITE_IDS.includes(raw.site as never)) return null;
  const handle = cappedString(raw.page.handle, LIMITS.handle);
  const url = httpsUrl(raw.page.url);
  if (!handle || handle !== handle.toLowerCase() || !url) return null;
  if (typeof raw.ownerView !== 'boolean' || raw.posts.length > LIMITS.posts) return null;

  const observation: Observation = {
    site: raw.site as Observation['site'],
    page: { handle, url, name: cappedString(raw.page.name, LIMITS.name) },
    ownerView: raw.ownerView,
    posts: [],
  };
  if (raw.followers !== undefined) {
    const f = raw.followers;
    if (!isRecord(f) || !isCount(f.count) || typeof f.exact !== 'boolean') return null;
    observation.followers = { count: f.count, exact: f.exact, shown: cappedString(f.shown, LIMITS.shown) ?? String(f.count) };
  }
  for (const item of raw.posts) {
    const post = validatePost(item, now);
    if (!post) return null;
    observation.posts.push(post);
  }
  if (raw.missing !== undefined) {
    if (!Array.isArray(raw.missing) || raw.missing.length > LIMITS.missing) return null;
    observation.missing = raw.missing.map((m) => cappedString(m, 40)).filter((m): m is string => !!m);
  }
  return observation;
}

function validatePost(raw: unknown, now: number): ObservedPost | null {
  if (!isRecord(raw)) return null;
  const id = cappedString(raw.id, LIMITS.postId);
  // Manual entries are the admin's own word; a page must not be able to write one.
  if (!id || isManualPostId(id)) return null;
  const post: ObservedPost = { id };
  if (raw.url !== undefined) post.url = httpsUrl(raw.url) ?? undefined;
  if (raw.publishedAt !== undefined) {
    const at = raw.publishedAt;
    if (typeof at !== 'number' || !Number.isFinite(at) || at < EARLIEST || at > now + FUTURE_SLACK_MS) return null;
    if (!PRECISIONS.includes(raw.precision as never)) return null;
    post.publishedAt = at;
    post.precision = raw.precision as DatePrecision;
  }
  if (raw.text !== undefined) post.text = cappedString(raw.text, LIMITS.text);
  if (raw.kind !== undefined) {
    if (!KINDS.includes(raw.kind as never)) return null;
    post.kind = raw.kind as PostKind;
  }
  for (const flag of ['pinned', 'repost'] as const) {
    if (raw[flag] === undefined) continue;
    if (typeof raw[flag] !== 'boolean') return null;
    post[flag] = raw[flag];
  }
  for (const count of ['reactions', 'comments', 'shares'] as const) {
    if (raw[count] === undefined) continue;
    if (!isCount(raw[count])) return null;
    post[count] = raw[count];
  }
  return post;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function cappedString(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  // Characters as adapters count them (code points), so an emoji is never cut in half.
  return trimmed.length <= max ? trimmed : Array.from(trimmed).slice(0, max).join('');
}

function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > LIMITS.url) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
