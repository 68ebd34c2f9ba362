/** The add-on's id: Firefox keys its storage and grants by it, so it never changes. */
export const GECKO_ID = 'animateur@animateur.invalid';

/**
 * Firefox runs MV3 background code as an event page (background.scripts), not a service worker,
 * and wants a stable add-on id and a data-collection declaration (we collect nothing).
 */
export function firefoxManifest<M extends { background?: object; minimum_chrome_version?: string }>(
  chrome: M,
) {
  const { minimum_chrome_version: _unused, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: ['src/background/index.ts'], type: 'module' as const },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is read from Firefox 140 (142 on Android); the declaration is
        // what lets an add-on say it collects nothing, so older versions are left out. 128 ESR
        // (the first with MAIN-world content scripts, which the Facebook page-world script needs)
        // has had its last release; the supported ESRs are 140 and 153. The end-to-end suite runs
        // on Debian's 153 ESR only.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none' as const] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
