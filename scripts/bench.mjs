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

/** A built file and everything it loads: static imports, dynamic imports, crxjs's getURL loads. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  const code = readFileSync(join(DIST, file), 'utf8');
  const relative = [...code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
    normalize(join(dirname(file), m[1])),
  );
  const absolute = [...code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => m[1]);
  for (const next of [...relative, ...absolute]) closure(next, seen);
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
const overlay = readdirSync(join(DIST, 'assets')).filter((f) => /^overlay.*\.js$/i.test(f));
if (overlay.length) entries.overlay = overlay.reduce((all, f) => closure(`assets/${f}`, all), new Set());
for (const [name, files] of Object.entries(entries)) report(`size.${name}.gzip`, gzipBytes(files), 'bytes');

for (const file of readdirSync('test/bench').filter((f) => f.endsWith('.bench.ts')).sort()) {
  execFileSync('npx', ['tsx', join('test/bench', file)], { stdio: 'inherit' });
}
