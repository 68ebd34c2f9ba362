import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';

// One config serves the Chrome build, the Firefox build (TARGET=firefox) and vitest;
// the crx plugin is left out under vitest, where there is no manifest to bundle.
const firefox = process.env.TARGET === 'firefox';
/**
 * End-to-end tests only: Mastodon instances granted at install, standing in for the user's
 * grant that a browser prompt gives in real use and that automation cannot click. Built to
 * its own folder; never shipped.
 */
const testInstances = process.env.ANIMATEUR_TEST_INSTANCES?.split(',').filter(Boolean) ?? [];
const chromeManifest = testInstances.length
  ? { ...manifest, host_permissions: [...manifest.host_permissions, ...testInstances] }
  : manifest;

export default defineConfig({
  plugins: process.env.VITEST
    ? [preact(), scriptPathsInTests()]
    : [
        preact(),
        crx({
          manifest: firefox ? firefoxManifest(manifest) : chromeManifest,
          browser: firefox ? 'firefox' : 'chrome',
          // A MAIN-world script runs in the page, where crxjs's module loader cannot reach
          // chrome.runtime: it must be one self-contained file.
          contentScripts: { standaloneFiles: ['src/page-world/facebook.ts'] },
        }),
      ],
  build: {
    outDir: firefox ? 'dist-firefox' : testInstances.length ? 'dist-test-instances' : 'dist',
    emptyOutDir: true,
    // No source maps in the package: smaller zip, and nothing that looks like remote code.
    sourcemap: false,
    target: 'es2022',
    // Extension pages the manifest does not name: crxjs builds only what it lists.
    rollupOptions: { input: { dashboard: 'src/dashboard/index.html' } },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});

/**
 * Under vitest there is no crx build: an `import path from './x.ts?script…'` (the built file's
 * path, for chrome.scripting) gives the source path instead of loading and running the script.
 */
function scriptPathsInTests(): Plugin {
  return {
    name: 'animateur:script-paths-in-tests',
    enforce: 'pre',
    resolveId: (id) => (/\?script\b/.test(id) ? `\0script-path:${id.replace(/\?.*$/, '')}` : null),
    load: (id) => (id.startsWith('\0script-path:') ? `export default ${JSON.stringify(id.slice('\0script-path:'.length))};` : null),
  };
}
