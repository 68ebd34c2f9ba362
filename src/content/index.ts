// Content script: reads the page through its site's adapter and talks only to the service
// worker (IndexedDB here would belong to the website's origin, not ours).
import browser from 'webextension-polyfill';
import { sendToBackground, type ContentMessage } from '../messages';
import { ADAPTERS, adapterFor } from '../sites';
import type { OverlayHandle } from '../overlay/overlay-mount';
import { followPage } from './follow-page';

let overlay: Promise<OverlayHandle> | undefined;

const follower = followPage({
  doc: document,
  currentUrl: () => new URL(location.href),
  adapterFor,
  watchedAttributes: ADAPTERS.flatMap((adapter) => adapter.watchedAttributes ?? []),
  send: (observation) => sendToBackground<'observation'>({ type: 'observation', observation }),
  onDelivered(observation, tracked) {
    // The overlay is fetched only for a page it shows on: tracked, run by the signed-in admin, or
    // on a site where the admin's own page may look like a visitor's (the offer then says Watch first).
    if (!tracked && !observation.ownerView && !adapterFor(new URL(location.href))?.visitorMayOwn) {
      void overlay?.then((shown) => shown.remove());
      overlay = undefined;
      return;
    }
    overlay ??= import('../overlay/overlay-mount').then(({ mountOverlay }) => mountOverlay(document, () => follower.tracked()));
    void overlay.then((shown) => shown.update({ observation, tracked }));
  },
});

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our popup (an extension page, never a web page) may ask this script anything.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const message = raw as ContentMessage;
  switch (message?.type) {
    case 'read-page':
      return Promise.resolve(follower.readNow());
    case 'page-tracked':
      follower.tracked();
      return Promise.resolve();
    default:
      return undefined;
  }
});
