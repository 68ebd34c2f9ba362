/**
 * The one message protocol between the extension's contexts, typed by direction.
 * Every request names its reply type, so a sender cannot misread what comes back.
 */
import browser from 'webextension-polyfill';
import type { Observation } from './sites/types';
import type { PageRole } from './store/db';
import type { PageSummary } from './store/page-summary';
import type { StoreStatus } from './store/store-error';

/** Requests the service worker answers (from content scripts, popup and options). */
export interface BackgroundRequests {
  /** A content script read its page; stored only if the page is tracked. */
  observation: { request: { observation: Observation }; reply: { tracked: boolean } };
  /** The admin chose to track the page this observation came from. */
  'track-page': { request: { observation: Observation; role: PageRole }; reply: { pageId: string } };
  'list-pages': { request: {}; reply: PageSummary[] };
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
  return browser.runtime.sendMessage(message) as Promise<BackgroundReply<K>>;
}

export function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  message: Extract<ContentMessage, { type: K }>,
): Promise<ContentReply<K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ContentReply<K>>;
}
