/**
 * The one message protocol between the extension's contexts, typed by direction.
 * Every request names its reply type, so a sender cannot misread what comes back.
 */
import browser from 'webextension-polyfill';
import { retriedWhileWorkerWakes } from './worker-wakes';
import type { Cadence } from './insights/cadence';
import type { FollowerDelta } from './insights/audience';
import type { Nudge } from './insights/nudges';
import type { Observation, SiteId } from './sites/types';
import type { FollowerSample, PageId, PageRecord, PageRole, PostRecord, Settings } from './store/db';
import type { StoreStatus } from './store/store-error';

/** A popup row: the page, its last own status and follower count, and where it stands against its goal. */
export interface PageListItem {
  page: PageRecord;
  cadence: Cadence;
  lastOwnPost?: PostRecord;
  latestFollowers?: FollowerSample;
}

/** Everything the popup shows for the selected page. */
export interface PageDetail {
  page: PageRecord;
  cadence: Cadence;
  /** The chart's window, epoch ms. */
  from: number;
  to: number;
  /** Follower samples inside the window (plus the last one before it), oldest first. */
  followers: FollowerSample[];
  deltas: FollowerDelta[];
  /** Dates of the page's own statuses inside the window: the chart's markers. */
  statusDates: number[];
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

export type IdeaAction = 'done' | 'snoozed' | 'dismissed';

/** Requests the service worker answers (from content scripts, popup and options). */
export interface BackgroundRequests {
  /**
   * A content script read its page; stored only if the page is tracked. `refused`: the worker
   * would not take this observation, or some of its new posts (our own script sent something it
   * cannot store, or the page passed its daily cap of new posts); sending the same again would
   * change nothing.
   */
  observation: { request: { observation: Observation }; reply: { tracked: boolean; refused?: true } };
  /** The admin chose to track the page this observation came from. */
  'track-page': { request: { observation: Observation; role: PageRole }; reply: { pageId: string } };
  /** The admin granted a Mastodon instance: run the content script there, now and from now on. */
  'enable-instance': { request: { tabId: number; origin: string }; reply: { enabled: boolean } };
  'list-pages': { request: {}; reply: PageListItem[] };
  'page-detail': { request: { pageId: PageId }; reply: PageDetail | null };
  /** From the overlay: the page in this tab, if tracked. */
  'page-glance': { request: { site: SiteId; handle: string }; reply: PageGlance | null };
  /** "I just posted" (precision minute) or "I posted on …" (precision day); never overwrites a read date. */
  'record-post': { request: { pageId: PageId; at: number; precision: 'minute' | 'day' }; reply: { recorded: boolean } };
  'idea-action': { request: { pageId: PageId; ideaId: string; action: IdeaAction }; reply: { saved: boolean } };
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

/** Requests a content script answers (from the popup, for the tab's page). */
export interface ContentRequests {
  /** Read the page now; null when it is not a page we can track. */
  'read-page': { request: {}; reply: Observation | null };
  /** The page was just tracked: start following its changes. */
  'page-tracked': { request: {}; reply: void };
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
