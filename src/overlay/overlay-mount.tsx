// The on-page overlay, loaded by the content script only on pages where it shows (a tracked
// page, or a page the admin runs): other pages never download it.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../messages';
import type { Observation } from '../sites/types';
import { pageIdOf } from '../store/page-id';
import { pageName } from '../ui/format';
import themeCss from '../ui/theme.css?inline';
import overlayCss from './overlay.css?inline';
import { Overlay, type OverlayApi, type OverlayProps } from './Overlay';
import { freeCorner, MARGIN } from './placement';
import { loadView, offerViewId, saveView, viewKey, type OverlayView } from './view-memory';

export interface OverlayState {
  observation: Observation;
  tracked: boolean;
}

export interface OverlayHandle {
  update(state: OverlayState): void;
  remove(): void;
}

/** The largest the panel gets; the corner is chosen for this footprint. */
const FOOTPRINT = { width: 340, height: 320 };

export function mountOverlay(doc: Document, onTracked: () => void): OverlayHandle {
  const host = doc.createElement('animateur-overlay');
  // Fixed and out of the flow: the site's layout never moves for us.
  host.style.cssText = 'position:fixed;z-index:2147483646;';
  // Closed: the page's own scripts cannot read what the panel says nor reach its buttons.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${themeCss}\n${overlayCss}`;
  const root = doc.createElement('div');
  root.className = 'animateur-theme';
  root.lang = navigator.language;
  shadow.append(style, root);
  doc.documentElement.append(host);

  const place = () => {
    const corner = freeCorner(doc, FOOTPRINT, host);
    host.style.top = host.style.bottom = host.style.left = host.style.right = '';
    host.style[corner.startsWith('top') ? 'top' : 'bottom'] = `${MARGIN}px`;
    host.style[corner.endsWith('left') ? 'left' : 'right'] = `${MARGIN}px`;
  };

  let shownFor = '';
  let api: OverlayApi | undefined;
  let props: OverlayProps | undefined;
  // Remounting reads the remembered view again: the popup may have un-hidden the panel.
  let generation = 0;
  const draw = () => props && render(<Overlay key={generation} {...props} />, root);
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
  const placeAgain = () => place();
  addEventListener('resize', placeAgain, { passive: true });
  return {
    update({ observation, tracked }) {
      const pageId = pageIdOf(observation.site, observation.page.handle);
      const key = `${pageId}|${tracked}|${observation.ownerView}`;
      if (key === shownFor) return;
      shownFor = key;
      viewId = tracked ? pageId : offerViewId(pageId);
      lastSaved = undefined;
      // One api per page and state, so the component refetches exactly when either changes.
      api = {
        glance: () => sendToBackground<'page-glance'>({ type: 'page-glance', site: observation.site, handle: observation.page.handle }),
        track: async (role) => {
          await sendToBackground<'track-page'>({ type: 'track-page', observation, role });
          onTracked();
        },
        recordPost: async (at, precision) => void (await sendToBackground<'record-post'>({ type: 'record-post', pageId, at, precision })),
        ideaAction: async (ideaId, action) => void (await sendToBackground<'idea-action'>({ type: 'idea-action', pageId, ideaId, action })),
        loadView: () => loadView(viewId, 'open'),
        saveView: (view) => {
          lastSaved = view;
          return saveView(viewId, view);
        },
      };
      place();
      props = { tracked, pageName: pageName(observation.page), ownerView: observation.ownerView, api };
      draw();
    },
    remove() {
      browser.storage.onChanged.removeListener(viewChanged);
      removeEventListener('resize', placeAgain);
      render(null, root);
      host.remove();
    },
  };
}
