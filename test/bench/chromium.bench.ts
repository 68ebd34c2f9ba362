/**
 * Figures that must come from a real browser: bundles test/bench/browser/entry.ts, serves the
 * X capture on loopback, and runs the in-page benchmarks in Debian's Chromium (its real
 * DOM for the adapters, its real IndexedDB for the store queries).
 */
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './report';
import type { Figure } from './browser/figure';

const outDir = mkdtempSync(join(tmpdir(), 'animateur-bench-'));
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir,
    lib: { entry: 'test/bench/browser/entry.ts', formats: ['iife'], name: 'animateurBenchBundle', fileName: () => 'bench.js' },
    minify: true,
  },
});
const bundle = readFileSync(join(outDir, 'bench.js'), 'utf8');
const capture = readFileSync('test/fixtures/x/profile-visitor-en.html', 'utf8');

const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(capture);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/badlogicgames`);
  await page.addScriptTag({ url: '/bench.js' });
  type Bench = { animateurBench: Record<'adapterFigures' | 'storeFigures', () => Promise<Figure[]>> };
  for (const run of ['adapterFigures', 'storeFigures'] as const) {
    const figures = await page.evaluate((name) => (globalThis as unknown as Bench).animateurBench[name](), run);
    for (const figure of figures) report(figure.name, figure.value, figure.unit);
  }
} finally {
  await browser.close();
  server.close();
}
