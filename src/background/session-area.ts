import browser from 'webextension-polyfill';
import type { SessionArea } from './store-guard';

/** The browser's session storage: outlives a stopped worker, cleared when the browser closes. */
export const session: SessionArea = {
  get: (key) => browser.storage.session.get(key),
  set: (items) => browser.storage.session.set(items),
  remove: (keys) => browser.storage.session.remove(keys),
};
