// The on-page overlay, loaded by the content script only on pages where it shows (a tracked
// page, or a page the admin runs): other pages never download it.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../messages';
import type { Observation } from '../sites/types';
import { pageIdOf } from '../store/page-id';
import { pageName } from '../ui/format';
import { uiLocale } from '../ui/i18n';
import themeCss from '../ui/theme.css?inline';
import overlayCss from './overlay.css?inline';
import { Overlay, type OverlayApi, type OverlayProps } from './Overlay';
import { HOST_Z_INDEX } from './painted-over';
import { MARGIN, nextCorner, placeOverlay, type Corner, type Placement } from './placement';
import { siteScheme } from './site-scheme';
import { loadCorner, loadView, offerViewId, saveCorner, saveView, viewKey, type OverlayView } from './view-memory';

export interface OverlayState {
  observation: Observation;
  tracked: boolean;
}

export interface OverlayHandle {
  update(state: OverlayState): void;
  /** The worker says a surface changed this page: the panel reads it again if it shows it. */
  pageChanged(pageId: string): void;
  /** The keyboard shortcut: focus the overlay's first control, opening it if it was hidden. False when nothing shows. */
  focus(): Promise<boolean>;
  remove(): void;
}

/** Until the panel has drawn, it is placed for about the size it will have. */
const FOOTPRINT = { width: 320, height: 240 };

export function mountOverlay(doc: Document, onTracked: () => void): OverlayHandle {
  const host = doc.createElement('animateur-overlay');
  // Fixed and out of the flow: the site's layout never moves for us.
  host.style.cssText = `position:fixed;z-index:${HOST_Z_INDEX};`;
  // Closed: the page's own scripts cannot read what the panel says nor reach its buttons.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${themeCss}\n${overlayCss}`;
  const root = doc.createElement('div');
  root.className = 'animateur-theme';
  root.lang = uiLocale();
  shadow.append(style, root);
  doc.documentElement.append(host);

  // The corner the admin moved it to on this site, once read from storage.
  let chosen: Corner | undefined;
  let placed: Placement | undefined;
  // From pagehide to pageshow the document may be torn down (a tab closing): Firefox then throws
  // NS_ERROR_NOT_INITIALIZED from layout and DOM calls, so nothing is placed or drawn meanwhile.
  let away = false;
  const place = () => {
    if (away) return;
    const rect = host.getBoundingClientRect();
    const size = rect.width && rect.height ? { width: rect.width, height: rect.height } : FOOTPRINT;
    placed = placeOverlay(doc, size, host, chosen);
    host.style.top = host.style.bottom = host.style.left = host.style.right = '';
    host.style[placed.corner.startsWith('top') ? 'top' : 'bottom'] = `${placed.inset}px`;
    host.style[placed.corner.endsWith('left') ? 'left' : 'right'] = `${MARGIN}px`;
    // The site's own theme wins over the OS's: a dark X on a light desktop gets a dark panel.
    const box = host.getBoundingClientRect();
    root.style.colorScheme = siteScheme(doc, { x: box.left + box.width / 2, y: box.top + box.height / 2 }, host) ?? '';
  };
  // Folding, unfolding or a new idea changes the size: the place is checked again.
  // Probing the page costs up to a few hundred hit tests: a window dragged to a new size, or a
  // burst of size changes, is placed once per frame.
  let queued = false;
  const placeAgain = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      place();
    });
  };
  const resized = new ResizeObserver(placeAgain);
  resized.observe(host);

  let shownFor = '';
  let shownPage = '';
  const changeListeners = new Set<() => void>();
  let api: OverlayApi | undefined;
  let props: OverlayProps | undefined;
  // Remounting reads the remembered view again: the popup may have un-hidden the panel.
  let generation = 0;
  const draw = () => {
    if (!away && props) render(<Overlay key={generation} {...props} />, root);
  };
  let viewId = '';
  let lastSaved: OverlayView | undefined;
  const viewChanged = (changes: Record<string, browser.Storage.StorageChange>) => {
    const change = changes[viewKey(viewId)];
    if (!change || change.newValue === lastSaved) return;
    lastSaved = change.newValue as OverlayView;
    generation++;
    draw();
  };
  browser.storage.onChanged.addListener(viewChanged);
  addEventListener('resize', placeAgain, { passive: true });
  addEventListener('pagehide', () => {
    away = true;
  });
  // Back from the back-forward cache: what changed while away is drawn now.
  addEventListener('pageshow', () => {
    if (!away) return;
    away = false;
    draw();
    placeAgain();
  });
  let site = '';
  return {
    update({ observation, tracked }) {
      if (observation.site !== site) {
        site = observation.site;
        void loadCorner(site).then((corner) => {
          chosen = corner;
          place();
        });
      }
      const pageId = pageIdOf(observation.site, observation.page.handle);
      const key = `${pageId}|${tracked}|${observation.ownerView}`;
      if (key === shownFor) return;
      shownFor = key;
      shownPage = pageId;
      // The offer and the panel are remembered apart: closing the offer must not hide the panel later.
      viewId = tracked ? pageId : offerViewId(pageId);
      lastSaved = undefined;
      // One api per page and state, so the component refetches exactly when either changes.
      api = {
        glance: () => sendToBackground<'page-glance'>({ type: 'page-glance', site: observation.site, handle: observation.page.handle }),
        track: async (role) => {
          await sendToBackground<'track-page'>({ type: 'track-page', observation, role });
          onTracked();
        },
        recordPost: async (at, precision) => (await sendToBackground<'record-post'>({ type: 'record-post', pageId, at, precision })).postId,
        removePost: async (postId) => void (await sendToBackground<'remove-manual-post'>({ type: 'remove-manual-post', pageId, postId })),
        ideaAction: async (ideaId, action) => void (await sendToBackground<'idea-action'>({ type: 'idea-action', pageId, ideaId, action })),
        onPageChanged: (listener) => {
          changeListeners.add(listener);
          return () => changeListeners.delete(listener);
        },
        loadView: () => loadView(viewId, 'open'),
        saveView: (view) => {
          lastSaved = view;
          return saveView(viewId, view);
        },
        move: async () => {
          chosen = nextCorner(placed?.corner ?? 'bottom-right');
          place();
          await saveCorner(site, chosen);
        },
      };
      place();
      props = { tracked, pageName: pageName(observation.page), ownerView: observation.ownerView, api };
      draw();
    },
    pageChanged(pageId) {
      if (pageId === shownPage) for (const listener of changeListeners) listener();
    },
    async focus() {
      if (!props) return false;
      if (!shadow.querySelector('button')) {
        // Hidden by the admin: the shortcut brings it back, as the popup's "show" does.
        lastSaved = undefined;
        await saveView(viewId, 'open');
        await new Promise<void>((resolve) => {
          const seen = new MutationObserver(() => shadow.querySelector('button') && (seen.disconnect(), resolve()));
          seen.observe(shadow, { childList: true, subtree: true });
          setTimeout(() => (seen.disconnect(), resolve()), 2000);
        });
      }
      const first = shadow.querySelector<HTMLElement>('button');
      first?.focus();
      return !!first;
    },
    remove() {
      resized.disconnect();
      browser.storage.onChanged.removeListener(viewChanged);
      removeEventListener('resize', placeAgain);
      render(null, root);
      host.remove();
    },
  };
}
