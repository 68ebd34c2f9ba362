import { firstCodePoints } from '../code-points';
import { IDEAS } from '../insights/ideas';
import { isManualPostId } from '../insights/manual-post';
import { DASHBOARD_RANGES, type DashboardRange } from '../dashboard-range';
import type { BackgroundMessage, IdeaAction } from '../messages';
import { MAX_COUNT_TEXT, MAX_DATE_TEXT, MAX_LOCALE, MAX_POSTS_PER_MESSAGE, MAX_TEXTS_PER_MESSAGE } from '../message-limits';
import { isPlainObject } from '../plain-object';
import { isOnPageSite, isPostUrlOf } from '../sites/page-site';
import { DATE_PRECISIONS, POST_KINDS, SITE_IDS, type DatePrecision, type Observation, type ObservedPost, type PostKind, type SiteId } from '../sites/types';
import { isMinuteOfDay, PAGE_ROLES, type PageRole, type Settings } from '../store/db';
import { isGoalDays } from '../store/goal';
import { EARLIEST, isPlausibleInstant } from '../store/instants';
import { isValidHandle, pageIdOf, parsePageId, type PageId } from '../store/page-id';
import { SNOOZE_DAYS } from './reminders/decide';

/**
 * Messages reach the service worker from content scripts running inside pages we do not
 * control; anything a page can influence is checked here before it touches the store.
 * Returns null for anything malformed (the caller logs and drops it).
 */
export function validateBackgroundMessage(raw: unknown): BackgroundMessage | null {
  if (!isPlainObject(raw)) return null;
  switch (raw.type) {
    case 'observation': {
      const observation = validateObservation(raw.observation);
      return observation && { type: 'observation', observation };
    }
    case 'read-dates': {
      const { now } = raw;
      const read = textsToRead(raw, MAX_DATE_TEXT);
      if (!read || typeof now !== 'number' || !isPlausibleInstant(now, Date.now())) return null;
      return { type: 'read-dates', ...read, now };
    }
    case 'read-counts': {
      const read = textsToRead(raw, MAX_COUNT_TEXT);
      return read && { type: 'read-counts', ...read };
    }
    case 'track-page': {
      const observation = validateObservation(raw.observation);
      if (!observation || !PAGE_ROLES.includes(raw.role as never)) return null;
      return { type: 'track-page', observation, role: raw.role as PageRole };
    }
    case 'list-pages':
    case 'dismissed-ideas':
    case 'dashboard-pages':
    case 'store-status':
    case 'get-settings':
    case 'load-overlay':
      return { type: raw.type };
    case 'page-detail':
    case 'reminder-snooze':
    case 'delete-page': {
      const pageId = validPageId(raw.pageId);
      return pageId === null ? null : { type: raw.type, pageId };
    }
    case 'page-glance': {
      const { site, handle } = raw;
      if (!SITE_IDS.includes(site as never) || typeof handle !== 'string' || !isValidHandle(site as SiteId, handle)) return null;
      return { type: 'page-glance', site: site as SiteId, handle };
    }
    case 'record-post': {
      const pageId = validPageId(raw.pageId);
      const at = raw.at;
      if (!pageId || typeof at !== 'number' || !Number.isFinite(at) || at < EARLIEST) return null;
      if (raw.precision !== 'minute' && raw.precision !== 'day') return null;
      return { type: 'record-post', pageId, at, precision: raw.precision };
    }
    case 'remove-manual-post': {
      const pageId = validPageId(raw.pageId);
      const postId = cappedString(raw.postId, LIMITS.postId);
      if (!pageId || !postId || postId !== raw.postId || !isManualPostId(postId)) return null;
      return { type: 'remove-manual-post', pageId, postId };
    }
    case 'idea-action': {
      const pageId = validPageId(raw.pageId);
      const idea = IDEAS.find((i) => i.id === raw.ideaId);
      if (!pageId || !idea || !IDEA_ACTIONS.includes(raw.action as never)) return null;
      return { type: 'idea-action', pageId, ideaId: idea.id, action: raw.action as IdeaAction };
    }
    case 'restore-idea': {
      const pageId = validPageId(raw.pageId);
      const idea = IDEAS.find((i) => i.id === raw.ideaId);
      return pageId && idea ? { type: 'restore-idea', pageId, ideaId: idea.id } : null;
    }
    case 'dashboard-page': {
      const pageId = validPageId(raw.pageId);
      if (!pageId || !DASHBOARD_RANGES.includes(raw.range as never) || !isTimeZone(raw.timeZone)) return null;
      return { type: 'dashboard-page', pageId, range: raw.range as DashboardRange, timeZone: raw.timeZone };
    }
    case 'update-page': {
      const pageId = validPageId(raw.pageId);
      const goal = raw.goalDays;
      const goalOk = goal === null || isGoalDays(goal);
      if (!pageId || !goalOk || !PAGE_ROLES.includes(raw.role as never)) return null;
      if (raw.muted !== undefined && typeof raw.muted !== 'boolean') return null;
      return {
        type: 'update-page',
        pageId,
        goalDays: goal as number | null,
        role: raw.role as PageRole,
        ...(raw.muted !== undefined && { muted: raw.muted }),
      };
    }
    case 'snooze-reminders': {
      const pageId = validPageId(raw.pageId);
      const days = raw.days;
      if (!pageId || (days !== null && !SNOOZE_CHOICES.includes(days as never))) return null;
      return { type: 'snooze-reminders', pageId, days: days as number | null };
    }
    case 'enable-instance': {
      const origin = instanceOrigin(raw.origin);
      if (!origin || !Number.isSafeInteger(raw.tabId) || (raw.tabId as number) < 0) return null;
      return { type: 'enable-instance', tabId: raw.tabId as number, origin };
    }
    case 'set-settings': {
      const settings = validSettings(raw.settings);
      return settings && { type: 'set-settings', settings };
    }
    default:
      return null;
  }
}

/** An IANA time zone name the browser knows ("Europe/Paris"). */
function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A host permission pattern for one HTTPS host, as the popup asks the user for ("https://host/*"). */
function instanceOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  const match = value.match(/^https:\/\/([a-z0-9.-]+)\/\*$/);
  return match && match[1]!.includes('.') ? value : null;
}
const IDEA_ACTIONS: readonly IdeaAction[] = ['done', 'drafted', 'snoozed', 'dismissed'];
const SNOOZE_CHOICES: readonly number[] = Object.values(SNOOZE_DAYS);

/** A read-dates or read-counts request's locale tag and texts, each text at most `maxLength` long; null when they are not. */
function textsToRead({ locale, texts }: Record<string, unknown>, maxLength: number): { locale: string; texts: string[] } | null {
  if (typeof locale !== 'string' || locale.length > LIMITS.locale) return null;
  if (!Array.isArray(texts) || texts.length > MAX_TEXTS_PER_MESSAGE) return null;
  return texts.every((text) => typeof text === 'string' && text.length <= maxLength) ? { locale, texts: texts as string[] } : null;
}

/** `site:handle` exactly as pageIdOf makes it. */
function validPageId(raw: unknown): PageId | null {
  const page = parsePageId(raw);
  return page && pageIdOf(page.site, page.handle);
}

function validSettings(raw: unknown): Settings | null {
  if (!isPlainObject(raw) || typeof raw.remindersEnabled !== 'boolean') return null;
  if (!isMinuteOfDay(raw.quietStart) || !isMinuteOfDay(raw.quietEnd)) return null;
  return { remindersEnabled: raw.remindersEnabled, quietStart: raw.quietStart, quietEnd: raw.quietEnd };
}

const LIMITS = { locale: MAX_LOCALE, name: 200, url: 2048, shown: 60, postId: 200, text: 280, posts: MAX_POSTS_PER_MESSAGE, missing: 20 };

export function validateObservation(raw: unknown, now = Date.now()): Observation | null {
  if (!isPlainObject(raw) || !isPlainObject(raw.page) || !Array.isArray(raw.posts)) return null;
  const site = raw.site as SiteId;
  const handle = raw.page.handle;
  if (!SITE_IDS.includes(site) || typeof handle !== 'string' || !isValidHandle(site, handle)) return null;
  // The page's own address, on its own site: the popup links to it and reminders open it.
  const url = httpsUrl(raw.page.url);
  if (!url || !isOnPageSite(url, site, handle)) return null;
  if (typeof raw.ownerView !== 'boolean' || raw.posts.length > LIMITS.posts) return null;

  const observation: Observation = {
    site,
    page: { handle, url, name: cappedString(raw.page.name, LIMITS.name) },
    ownerView: raw.ownerView,
    posts: [],
  };
  if (raw.followers !== undefined) {
    const f = raw.followers;
    if (!isPlainObject(f) || !isCount(f.count) || typeof f.exact !== 'boolean') return null;
    observation.followers = { count: f.count, exact: f.exact, shown: cappedString(f.shown, LIMITS.shown) ?? String(f.count) };
  }
  for (const item of raw.posts) {
    const post = validatePost(item, site, handle, now);
    if (!post) return null;
    observation.posts.push(post);
  }
  for (const key of ['missing', 'hidden'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > LIMITS.missing) return null;
    observation[key] = list.map((m) => cappedString(m, 40)).filter((m): m is string => !!m);
  }
  return observation;
}

function validatePost(raw: unknown, site: SiteId, handle: string, now: number): ObservedPost | null {
  if (!isPlainObject(raw)) return null;
  const id = cappedString(raw.id, LIMITS.postId);
  // Manual entries are the admin's own word; a page must not be able to write one.
  if (!id || isManualPostId(id)) return null;
  const post: ObservedPost = { id };
  if (raw.url !== undefined) {
    const url = httpsUrl(raw.url);
    if (url && isPostUrlOf(url, site, handle)) post.url = url;
  }
  if (raw.publishedAt !== undefined) {
    const at = raw.publishedAt;
    if (!isPlausibleInstant(at, now)) return null;
    if (!DATE_PRECISIONS.includes(raw.precision as never)) return null;
    post.publishedAt = at;
    post.precision = raw.precision as DatePrecision;
  }
  if (raw.text !== undefined) post.text = cappedString(raw.text, LIMITS.text);
  if (raw.kind !== undefined) {
    if (!POST_KINDS.includes(raw.kind as never)) return null;
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

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function cappedString(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Characters as adapters count them.
  return trimmed ? firstCodePoints(trimmed, max) : undefined;
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
