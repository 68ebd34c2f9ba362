import browser from 'webextension-polyfill';
import overlayScript from '../overlay/overlay-script.ts?script&iife';

/**
 * Runs the overlay script in the frame of the content script that asked for it, in the
 * extension's isolated world (executeScript's default), where the content script then finds
 * mountOverlay. The host permission that let the content script run there lets scripting inject.
 * False when the frame is gone (navigated, closed) before the script ran.
 */
export async function injectOverlay(sender: browser.Runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) return false;
  return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: [overlayScript] }).then(
    () => true,
    (error: unknown) => {
      console.debug('Animateur: the overlay could not be injected', error);
      return false;
    },
  );
}
