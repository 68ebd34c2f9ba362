// `npm run bench`: builds, then prints one JSON figure per line ({"name","value","unit"}).
// Sizes of every built entry come first; then each test/bench/*.bench.ts (run with tsx).
// Timings are figures to read and compare (ratios within one run), never pass/fail.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });

const DIST = 'dist';
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));

/**
 * A built file and everything it loads: static imports, dynamic imports, crxjs's getURL loads;
 * with `eager`, its static imports only: what runs on every page, leaving out what is fetched
 * when needed (a site's content script is one self-contained file that loads the overlay later).
 */
function closure(file, seen = new Set(), { eager = false } = {}) {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  const code = readFileSync(join(DIST, file), 'utf8');
  const imports = eager ? /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g : /(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  const relative = [...code.matchAll(imports)].map((m) => normalize(join(dirname(file), m[1])));
  const absolute = eager ? [] : [...code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => m[1]);
  for (const next of [...relative, ...absolute]) closure(next, seen, { eager });
  return seen;
}

function htmlEntry(htmlPath) {
  const html = readFileSync(join(DIST, htmlPath), 'utf8');
  const files = new Set();
  for (const [, src] of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) closure(src, files);
  return files;
}

const gzipBytes = (files) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
const report = (name, value, unit) => console.log(JSON.stringify({ name, value, unit }));

const entries = {
  content: manifest.content_scripts.flatMap((cs) => cs.js).reduce((all, f) => closure(f, all), new Set()),
  background: closure(manifest.background.service_worker),
  popup: htmlEntry(manifest.action.default_popup),
};
if (manifest.options_ui?.page) entries.options = htmlEntry(manifest.options_ui.page);
// The overlay: one self-contained script the worker injects, only on pages it shows on.
entries.overlay = closure('src/overlay/overlay-script.js');
for (const [name, files] of Object.entries(entries)) report(`size.${name}.gzip`, gzipBytes(files), 'bytes');

// What each site's page loads up front: its content script (manifest.json's one entry per site,
// src/content/sites/<site>.ts, in the same order in the built manifest) with its static imports;
// the overlay comes later, injected by the worker only on tracked pages. Mastodon's is registered at run time.
const sourceManifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const siteScripts = sourceManifest.content_scripts.flatMap((cs, i) => {
  const site = cs.js[0].match(/^src\/content\/sites\/(\w+)\.ts$/)?.[1];
  return site ? [[site, manifest.content_scripts[i].js[0]]] : [];
});
siteScripts.push(['mastodon', 'src/content/sites/mastodon.js']);
for (const [site, file] of siteScripts) report(`size.content.${site}.gzip`, gzipBytes(closure(file, new Set(), { eager: true })), 'bytes');
const pageWorld = manifest.content_scripts.filter((cs) => cs.world === 'MAIN').flatMap((cs) => cs.js);
if (pageWorld.length) report('size.content.facebook.pageWorld.gzip', gzipBytes(new Set(pageWorld)), 'bytes');

// `npm run bench -- --sizes`: the sizes alone, without the timed benches.
if (process.argv.includes('--sizes')) process.exit(0);

for (const file of readdirSync('test/bench').filter((f) => f.endsWith('.bench.ts')).sort()) {
  execFileSync('npx', ['tsx', join('test/bench', file)], { stdio: 'inherit' });
}
