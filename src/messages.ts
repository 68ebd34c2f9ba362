/**
 * The one message protocol between the extension's contexts, typed by direction.
 * Every request names its reply type, so a sender cannot misread what comes back.
 */
import type { PostGroup } from './insights/post-groups';
import browser from 'webextension-polyfill';
import type { DashboardRange } from './dashboard-range';
import { retriedWhileWorkerWakes } from './worker-wakes';
import type { Cadence } from './insights/cadence';
import type { CountPoint, FollowerDelta } from './insights/audience';
import type { BestTime } from './insights/best-time';
import type { JournalEntry } from './insights/idea-journal';
import type { Nudge } from './insights/nudges';
import type { Thesis } from './insights/posting-weeks';
import type { Observation, PostDate, ShownCount, SiteId } from './sites/types';
import type { FollowerSample, IdeaRecord, PageId, PageRecord, PageRole, PostRecord, Settings } from './store/db';
import type { StoreStatus } from './store/store-error';

/** A popup row: the page, its follower count, and where it stands against its goal (the cadence dates its last own status). */
export interface PageListItem {
  page: PageRecord;
  cadence: Cadence;
  latestFollowers?: FollowerSample;
}

/** What the follower chart shows of one own post. */

/** Everything the popup shows for the selected page. */
export interface PageDetail {
  page: PageRecord;
  cadence: Cadence;
  /** The chart's window, epoch ms. */
  from: number;
  to: number;
  /**
   * The curve inside the window (plus the last sample before it), oldest first: a quarter of
   * samples each carrying its page id and shown text doubled the reply at a few pages' scale.
   */
  followers: CountPoint[];
  /** The newest sample whole: the count as the page shows it. */
  latestFollowers?: FollowerSample;
  deltas: FollowerDelta[];
  /** The page's own posts inside the window per week, oldest first: the chart's markers and their tooltips. */
  postGroups: PostGroup[];
  /** The newest own statuses, newest first. */
  recentPosts: PostRecord[];
  nudges: Nudge[];
}

/** What the on-page overlay shows of a tracked page. */
export interface PageGlance {
  page: PageRecord;
  cadence: Cadence;
  nudge?: Nudge;
}

/** A dashboard row: the popup's list item, its 30-day change and a small trend line. */
export interface DashboardRow extends PageListItem {
  month: FollowerDelta;
  /** Up to 30 follower counts over the last 90 days, oldest first. */
  trend: CountPoint[];
}

/** One page in depth: what works on it. */
export interface DashboardPage {
  page: PageRecord;
  cadence: Cadence;
  range: DashboardRange;
  /** The curve's window, epoch ms ('all': from the oldest sample or post, or when tracking began). */
  from: number;
  to: number;
  /** Follower samples in the window (and the one before it), oldest first, thinned for drawing. */
  followers: FollowerSample[];
  deltas: FollowerDelta[];
  /** The page's own posts in the window, newest first. */
  posts: PostRecord[];
  postingWeeks: Thesis;
  bestTime: BestTime;
  /** The last year's ideas, newest first. */
  journal: JournalEntry[];
  nudges: Nudge[];
}

export type IdeaAction = 'done' | 'drafted' | 'snoozed' | 'dismissed';

/** Requests the service worker answers (from content scripts, popup and options). */
export interface BackgroundRequests {
  /**
   * A content script read its page; stored only if the page is tracked. `refused`: the worker
   * would not take this observation, or some of its new posts (our own script sent something it
   * cannot store, or the page passed its daily cap of new posts); sending the same again would
   * change nothing.
   */
  observation: { request: { observation: Observation }; reply: { tracked: boolean; refused?: true } };
  /**
   * A content script's post dates as its page wrote them, read by the date parser in the page's
   * locale against the read's `now`: one date or null per text, in order. It changes nothing.
   */
  'read-dates': { request: { locale: string; now: number; texts: string[] }; reply: (PostDate | null)[] };
  /** A content script's counts as its page wrote them ("1,2 k", "692 personnes suivent ça"), read in the page's locale. */
  'read-counts': { request: { locale: string; texts: string[] }; reply: (ShownCount | null)[] };
  /** The admin chose to track the page this observation came from. */
  'track-page': { request: { observation: Observation; role: PageRole }; reply: { pageId: string } };
  /** The admin granted a Mastodon instance: run the content script there, now and from now on. */
  'enable-instance': { request: { tabId: number; origin: string }; reply: { enabled: boolean } };
  'list-pages': { request: {}; reply: PageListItem[] };
  'page-detail': { request: { pageId: PageId }; reply: PageDetail | null };
  /**
   * From a content script whose page shows the overlay: the worker injects the overlay script into
   * the sender's frame (background/inject-overlay.ts). Names no page: it touches the sender's tab only.
   */
  'load-overlay': { request: {}; reply: { loaded: boolean } };
  /** From the overlay: the page in this tab, if tracked. */
  'page-glance': { request: { site: SiteId; handle: string }; reply: PageGlance | null };
  /** "I just posted" (precision minute) or "I posted on …" (precision day); never overwrites a read date. */
  'record-post': { request: { pageId: PageId; at: number; precision: 'minute' | 'day' }; reply: { recorded: boolean; postId?: string } };
  /** Undo a hand-recorded post (an id 'record-post' gave); a post read from the page is never removed. */
  'remove-manual-post': { request: { pageId: PageId; postId: string }; reply: { removed: boolean } };
  'idea-action': { request: { pageId: PageId; ideaId: string; action: IdeaAction }; reply: { saved: boolean } };
  /** Ideas marked "Not for me", every page, newest first. Extension pages only. */
  'dismissed-ideas': { request: {}; reply: IdeaRecord[] };
  /** Undo in the idea journal: the idea is back as merely shown. */
  'restore-idea': { request: { pageId: PageId; ideaId: string }; reply: { restored: boolean } };
  /** The dashboard: every page as a row. Extension pages only. */
  'dashboard-pages': { request: {}; reply: DashboardRow[] };
  /** The dashboard: one page in depth; best time in the admin's `timeZone` (an IANA name). Extension pages only. */
  'dashboard-page': { request: { pageId: PageId; range: DashboardRange; timeZone: string }; reply: DashboardPage | null };
  /** goalDays null: back to the platform's default; muted absent: reminders follow the role. Extension pages only. */
  'update-page': {
    request: { pageId: PageId; goalDays: number | null; role: PageRole; muted?: boolean };
    reply: { updated: boolean };
  };
  /**
   * Snooze the page's reminders for `days` (one of SNOOZE_DAYS), or with null end the snooze.
   * Extension pages only: where notifications have no buttons (Firefox), the only way to snooze.
   */
  'snooze-reminders': { request: { pageId: PageId; days: number | null }; reply: { snoozedUntil?: number } };
  /** Until when the page's reminders are snoozed, if they are. Extension pages only. */
  'reminder-snooze': { request: { pageId: PageId }; reply: { snoozedUntil?: number } };
  /** Untrack a page and delete everything stored about it. Extension pages only. */
  'delete-page': { request: { pageId: PageId }; reply: { deleted: boolean } };
  'get-settings': { request: {}; reply: Settings };
  'set-settings': { request: { settings: Settings }; reply: Settings };
  /** Whether the last writes worked; a full disk or a read-only profile is shown to the admin. */
  'store-status': { request: {}; reply: StoreStatus };
}

/** Told by the worker to every surface showing a page, after a surface changed it. */
export interface PageChanged {
  type: 'page-changed';
  pageId: PageId;
}

/** Whether an extension page's incoming message is the worker's news that a page changed. */
export function isPageChanged(message: unknown): message is PageChanged {
  return (message as { type?: unknown } | null)?.type === 'page-changed' && typeof (message as PageChanged).pageId === 'string';
}

/** Requests a content script answers (from the popup, for the tab's page). */
export interface ContentRequests {
  /** Read the page now; null when it is not a page we can track. */
  'read-page': { request: {}; reply: Observation | null };
  /** The page was just tracked: start following its changes. */
  'page-tracked': { request: {}; reply: void };
  /** From the worker: a surface changed this page; the overlay reads it again if it shows it. */
  'page-changed': { request: { pageId: PageId }; reply: void };
  /** The keyboard shortcut: move focus into the overlay. False when the page shows none. */
  'focus-overlay': { request: {}; reply: boolean };
}

type MessageOf<R> = { [K in keyof R]: { type: K } & (R[K] extends { request: infer Q } ? Q : never) }[keyof R];
type ReplyOf<R, K extends keyof R> = R[K] extends { reply: infer A } ? A : never;

export type BackgroundMessage = MessageOf<BackgroundRequests>;
export type ContentMessage = MessageOf<ContentRequests>;
export type BackgroundReply<K extends keyof BackgroundRequests> = ReplyOf<BackgroundRequests, K>;
export type ContentReply<K extends keyof ContentRequests> = ReplyOf<ContentRequests, K>;

export function sendToBackground<K extends keyof BackgroundRequests>(
  message: Extract<BackgroundMessage, { type: K }>,
): Promise<BackgroundReply<K>> {
  return retriedWhileWorkerWakes(() => browser.runtime.sendMessage(message) as Promise<BackgroundReply<K>>);
}

export function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  message: Extract<ContentMessage, { type: K }>,
): Promise<ContentReply<K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ContentReply<K>>;
}
