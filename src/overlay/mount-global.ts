import type { mountOverlay } from './overlay-mount';

/**
 * Where the overlay script, once the worker injected it (background/inject-overlay.ts), leaves
 * mountOverlay for the content script: a global of the extension's isolated world, which the
 * content script and the injected script share and the page's own scripts never see.
 */
export const MOUNT_GLOBAL = '__animateurMountOverlay';

export type MountGlobal = { [MOUNT_GLOBAL]?: typeof mountOverlay };
