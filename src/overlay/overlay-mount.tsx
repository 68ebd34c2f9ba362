// The on-page overlay, loaded by the content script only on pages where it shows (a tracked
// page, or a page the admin runs): other pages never download it.
import { render } from 'preact';
import { sendToBackground } from '../messages';
import type { Observation } from '../sites/types';
import { pageIdOf } from '../store/page-id';
import themeCss from '../ui/theme.css?inline';
import overlayCss from './overlay.css?inline';
import { Overlay, type OverlayApi } from './Overlay';
import { freeCorner, MARGIN } from './placement';
import { loadView, saveView } from './view-memory';

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
  const shadow = host.attachShadow({ mode: 'open' });
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
  return {
    update({ observation, tracked }) {
      const pageId = pageIdOf(observation.site, observation.page.handle);
      const key = `${pageId}|${tracked}`;
      if (key === shownFor) return;
      shownFor = key;
      // One api per page and state, so the component refetches exactly when either changes.
      api = {
        glance: () => sendToBackground<'page-glance'>({ type: 'page-glance', site: observation.site, handle: observation.page.handle }),
        track: async () => {
          await sendToBackground<'track-page'>({ type: 'track-page', observation, role: 'mine' });
          onTracked();
        },
        recordPost: async (at, precision) => void (await sendToBackground<'record-post'>({ type: 'record-post', pageId, at, precision })),
        ideaAction: async (ideaId, action) => void (await sendToBackground<'idea-action'>({ type: 'idea-action', pageId, ideaId, action })),
        loadView: () => loadView(tracked ? pageId : `offer:${pageId}`, 'open'),
        saveView: (view) => saveView(tracked ? pageId : `offer:${pageId}`, view),
      };
      place();
      render(<Overlay tracked={tracked} pageName={observation.page.name ?? observation.page.handle} api={api} />, root);
    },
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
