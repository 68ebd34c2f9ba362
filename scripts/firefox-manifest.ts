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
        id: 'animateur@animateur.invalid',
        // MAIN-world content scripts need Firefox 128.
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none' as const] },
      },
    },
  };
}
