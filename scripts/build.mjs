// Builds the extension: dist/ (Chrome, MV3) + animateur-chrome.zip, or with --firefox
// dist-firefox/ + animateur-firefox.zip. Both are ready to load unpacked or upload to a store.
import { build } from 'vite';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

const firefox = process.argv.includes('--firefox');
process.env.TARGET = firefox ? 'firefox' : 'chrome';
const outDir = firefox ? 'dist-firefox' : 'dist';

await build({ logLevel: 'warn' });
// The end-to-end variant with a Mastodon instance granted at install (see vite.config.ts): no zip.
if (process.env.ANIMATEUR_TEST_INSTANCES) process.exit(0);

// crxjs leaves its dev-only bookkeeping beside the package; stores reject unknown top files.
const files = {};
for (const name of readdirSync(outDir, { recursive: true })) {
  const path = join(outDir, name);
  if (statSync(path).isFile()) files[name] = readFileSync(path);
}
delete files['.vite/manifest.json'];
const zipName = `animateur-${firefox ? 'firefox' : 'chrome'}.zip`;
writeFileSync(zipName, zipSync(files, { level: 9 }));
console.log(`${outDir}/ and ${zipName} (${Object.keys(files).length} files)`);
