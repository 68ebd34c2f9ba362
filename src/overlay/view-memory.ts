import browser from 'webextension-polyfill';

/** How the admin left the overlay on one page. */
export type OverlayView = 'open' | 'collapsed' | 'hidden';

const VIEWS: readonly OverlayView[] = ['open', 'collapsed', 'hidden'];
/** The storage key of one page's overlay view. */
export const viewKey = (pageId: string) => `overlay:${pageId}`;
/** The offer on an untracked page is remembered apart from the panel: closing it must not hide the panel later. */
export const offerViewId = (pageId: string) => `offer:${pageId}`;

/**
 * Extension storage, one key per page: it survives reloads, is shared by the page's tabs, and
 * unlike the site's own localStorage, the site can neither read nor clear it.
 */
export async function loadView(pageId: string, fallback: OverlayView): Promise<OverlayView> {
  const stored = (await browser.storage.local.get(viewKey(pageId)))[viewKey(pageId)];
  return VIEWS.includes(stored as OverlayView) ? (stored as OverlayView) : fallback;
}

export async function saveView(pageId: string, view: OverlayView): Promise<void> {
  await browser.storage.local.set({ [viewKey(pageId)]: view });
}
