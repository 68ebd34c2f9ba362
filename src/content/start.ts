// Content script: reads the page through its site's adapter and talks only to the service
// worker (IndexedDB here would belong to the website's origin, not ours).
import type { SiteAdapter } from '../sites/types';
import { OVERLAY_FILE } from '../overlay/overlay-file';
import type { OverlayHandle } from '../overlay/overlay-mount';
import { followPage, type FollowPageOptions } from './follow-page';
import { answerPopup, sendToBackground } from './runtime';

/** The overlay, loaded by address: each site's script is one self-contained file that leaves it out. */
// chrome.runtime.getURL, written out with its literal path: what Firefox's linter accepts as a
// dynamic import of the extension's own file (Firefox has `chrome` too).
const loadOverlay = () => import(/* @vite-ignore */ chrome.runtime.getURL(OVERLAY_FILE)) as Promise<typeof import('../overlay/overlay-mount')>;

/**
 * Runs the content script for one site. Each site's script (content/sites/) passes its own
 * adapter, so a page loads only the code that reads it; and, for an adapter with settleDates,
 * how its reads are finished (settledByWorker), which other sites' scripts then leave out.
 */
export function startContentScript(adapter: SiteAdapter, settle?: FollowPageOptions['settle']): void {
  let overlay: Promise<OverlayHandle> | undefined;

  const follower = followPage({
    doc: document,
    currentUrl: () => new URL(location.href),
    adapterFor: (url) => (adapter.matches(url) ? adapter : undefined),
    watchedAttributes: adapter.watchedAttributes ?? [],
    ...(settle ? { settle } : {}),
    send: (observation) => sendToBackground<'observation'>({ type: 'observation', observation }),
    onDelivered(observation, tracked) {
      // The overlay is fetched only for a page it shows on: tracked, run by the signed-in admin, or
      // on a site where the admin's own page may look like a visitor's (the offer then says Watch first).
      if (!tracked && !observation.ownerView && !adapter.visitorMayOwn) {
        void overlay?.then((shown) => shown.remove());
        overlay = undefined;
        return;
      }
      overlay ??= loadOverlay().then(({ mountOverlay }) => mountOverlay(document, () => follower.tracked()));
      void overlay.then((shown) => shown.update({ observation, tracked }));
    },
  });

  answerPopup((message) => {
    switch (message?.type) {
      case 'read-page':
        return follower.readNow();
      case 'page-tracked':
        follower.tracked();
        return Promise.resolve();
      case 'page-changed':
        // The worker says a surface changed a page: the overlay reads it again if it shows it.
        void overlay?.then((shown) => shown.pageChanged(message.pageId));
        return Promise.resolve();
      case 'focus-overlay':
        return overlay ? overlay.then((shown) => shown.focus()) : Promise.resolve(false);
      default:
        return undefined;
    }
  });
}
