import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { readdirSync } from 'node:fs';
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
const builtManifest = testInstances.length
  ? { ...manifest, host_permissions: [...manifest.host_permissions, ...testInstances] }
  : manifest;
const testOutDir = firefox ? 'dist-firefox-test-instances' : 'dist-test-instances';

/** Injected by chrome.scripting only (registerContentScripts, executeScript): never loaded by a page. */
const SCRIPTING_ONLY = ['src/content/sites/mastodon.js', 'src/overlay/overlay-script.js'];

/** src/content/sites/<site>.ts: one content script per site (the manifest lists all but Mastodon's). */
const SITE_SCRIPTS = readdirSync('src/content/sites').map((file) => `src/content/sites/${file}`);

export default defineConfig({
  plugins: process.env.VITEST
    ? [preact(), scriptPathsInTests()]
    : [
        preact(),
        crx({
          manifest: firefox ? firefoxManifest(builtManifest) : builtManifest,
          browser: firefox ? 'firefox' : 'chrome',
          // A MAIN-world script runs in the page, where crxjs's module loader cannot reach
          // chrome.runtime: it must be one self-contained file. Each site's content script is
          // one too: built alone, it carries only what its adapter uses (shared chunks would
          // carry what any site uses), and the worker injects the overlay (src/overlay/overlay-script.ts,
          // one self-contained file too) only where it shows.
          contentScripts: { standaloneFiles: ['src/page-world/facebook.ts', ...SITE_SCRIPTS] },
        }),
        exposeOnlyWhatPagesLoad(),
        dropModuleCopiesOfInjectedScripts(),
      ],
  build: {
    outDir: testInstances.length ? testOutDir : firefox ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // No source maps in the package: smaller zip, and nothing that looks like remote code.
    sourcemap: false,
    // The oldest browsers we support, for code and styles alike: the theme's light-dark() pairs
    // then stay as written (lowered, they follow only the OS's preference, and the overlay could no
    // longer take the site's dark theme through color-scheme). One target, because crxjs builds
    // the self-contained scripts (the overlay's among them) with build.target and no cssTarget.
    target: ['chrome123', 'firefox120'],
    // Extension pages the manifest does not name: crxjs builds only what it lists.
    rollupOptions: { input: { dashboard: 'src/dashboard/index.html' } },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Fixture reads of multi-megabyte captures in happy-dom take seconds on a loaded 2-core
    // machine: the 5 s default failed them there while they pass in 1 s alone.
    testTimeout: 20_000,
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

/**
 * crxjs lists every content script file as web-accessible, which lets any website fetch it at a
 * fixed address and so detect the extension. chrome.scripting (the Mastodon instances' script)
 * reads files from the package directly and needs no such entry: it goes. Every content script
 * is one self-contained file and the overlay is injected by chrome.scripting too, so what a
 * loader would import at run time is nothing: no file is left for a page to fetch.
 */
function exposeOnlyWhatPagesLoad(): Plugin {
  return {
    name: 'animateur:expose-only-what-pages-load',
    enforce: 'post',
    // crxjs writes the manifest after the bundle is generated: it is rewritten once on disk.
    writeBundle(options) {
      const path = join(options.dir ?? '', 'manifest.json');
      if (!existsSync(path)) return;
      const built = JSON.parse(readFileSync(path, 'utf8')) as { web_accessible_resources?: { matches: string[]; resources: string[]; use_dynamic_url?: boolean }[] };
      built.web_accessible_resources = built.web_accessible_resources
        ?.map((entry) => ({ ...entry, resources: entry.resources.filter((path) => !SCRIPTING_ONLY.includes(path)) }))
        .filter((entry) => entry.resources.length > 0);
      if (!built.web_accessible_resources?.length) delete built.web_accessible_resources;
      writeFileSync(path, JSON.stringify(built, null, 2));
    },
  };
}

/**
 * crxjs bundles each script imported with `?script&iife` twice: the self-contained file that
 * chrome.scripting injects, and a module copy (with the chunks only it imports) that nothing
 * loads. The copies go: the package holds no dead code.
 */
function dropModuleCopiesOfInjectedScripts(): Plugin {
  const sources = SCRIPTING_ONLY.map((path) => path.replace(/\.js$/, '.ts'));
  return {
    name: 'animateur:drop-module-copies-of-injected-scripts',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      const copy = (chunk: (typeof chunks)[number]) => chunk.isEntry && sources.some((source) => chunk.facadeModuleId?.endsWith(source));
      const kept = new Set<string>();
      const keep = (fileName: string) => {
        if (kept.has(fileName)) return;
        kept.add(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') for (const next of [...chunk.imports, ...chunk.dynamicImports]) keep(next);
      };
      for (const chunk of chunks) if (!copy(chunk) && (chunk.isEntry || chunk.isDynamicEntry)) keep(chunk.fileName);
      for (const chunk of chunks) if (!kept.has(chunk.fileName)) delete bundle[chunk.fileName];
    },
  };
}
