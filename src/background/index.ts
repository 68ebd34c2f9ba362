// The service worker only wires listeners, synchronously at top level, so that an event that
// wakes a stopped worker finds its listener registered. It keeps no state of its own.
import browser from 'webextension-polyfill';
import { handleMessage } from './handle-message';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, sender),
);
