// Content script: reads the page through its site's adapter and talks only to the service
// worker (IndexedDB here would belong to the website's origin, not ours).
import type { SiteAdapter } from '../sites/types';
import { MOUNT_GLOBAL, type MountGlobal } from '../overlay/mount-global';
import type { OverlayHandle } from '../overlay/overlay-mount';
import { followPage, type FollowPageOptions } from './follow-page';
import { answerPopup, sendToBackground } from './runtime';

/**
 * The overlay, which each site's self-contained script leaves out: the worker injects it into
 * this isolated world on request (no file of ours is fetchable by the page), where it leaves its
 * mount function. Rejects when the worker could not inject it: a later reading asks again.
 */
async function loadOverlay(): Promise<NonNullable<MountGlobal[typeof MOUNT_GLOBAL]>> {
  const shared = globalThis as MountGlobal;
  // Injected once per document: the overlay removed (the page left for an untracked one) comes back without asking.
  if (!shared[MOUNT_GLOBAL]) await sendToBackground<'load-overlay'>({ type: 'load-overlay' });
  const mount = shared[MOUNT_GLOBAL];
  if (!mount) throw new Error('not injected');
  return mount;
}

/**
 * Runs the content script for one site. Each site's script (content/sites/) passes its own
 * adapter, so a page loads only the code that reads it; and, for an adapter with settleTexts,
 * how its reads are finished (settledByWorker), which other sites' scripts then leave out.
 */
export function startContentScript(adapter: SiteAdapter, settle?: FollowPageOptions['settle']): void {
  /** Undefined inside once the worker could not inject it. */
  let overlay: Promise<OverlayHandle | undefined> | undefined;
  // From pagehide to pageshow the document may be torn down (a tab closing), where Firefox throws
  // NS_ERROR_NOT_INITIALIZED from a new panel's first layout calls: an overlay the worker injects
  // meanwhile is not mounted (the next reading asks again).
  let away = false;
  addEventListener('pagehide', () => (away = true));
  addEventListener('pageshow', () => (away = false));

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
        void overlay?.then((shown) => shown?.remove());
        overlay = undefined;
        return;
      }
      if (!overlay) {
        const loading: Promise<OverlayHandle | undefined> = loadOverlay()
          .then((mountOverlay) => {
            if (away) throw new Error('page left');
            return mountOverlay(document, () => follower.tracked());
          })
          .catch((error: unknown) => {
            console.debug('Animateur: no overlay this time', error);
            if (overlay === loading) overlay = undefined;
            return undefined;
          });
        overlay = loading;
      }
      void overlay.then((shown) => shown?.update({ observation, tracked }));
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
        void overlay?.then((shown) => shown?.pageChanged(message.pageId));
        return Promise.resolve();
      case 'focus-overlay':
        return overlay ? overlay.then((shown) => shown?.focus() ?? false) : Promise.resolve(false);
      default:
        return undefined;
    }
  });
}
