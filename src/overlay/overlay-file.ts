/**
 * Where the build puts the overlay (vite.config.ts): a content script imports it from this
 * address only on a page the overlay shows on, so an untracked page never loads it. Its own
 * module, free of imports, for the build config and the self-contained content scripts alike.
 */
export const OVERLAY_FILE = 'assets/overlay.js';
