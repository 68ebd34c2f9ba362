/**
 * Figures that must come from a real browser: bundles test/bench/browser/entry.ts, serves the
 * X and Facebook captures on loopback, and runs the in-page benchmarks in Debian's Chromium (its real
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
type Run = 'adapterFigures' | 'facebookFigures' | 'storeFigures';
/** Each capture at its page's own path, with the benchmarks run on it. */
const PAGES: { path: string; capture: string; runs: Run[] }[] = [
  { path: '/badlogicgames', capture: 'test/fixtures/x/profile-visitor-en.html', runs: ['adapterFigures', 'storeFigures'] },
  { path: '/LeBistroVolney', capture: 'test/fixtures/facebook/page-visitor-fr.html', runs: ['facebookFigures'] },
];
/**
 * `BENCH_RUNS=adapterFigures npx tsx test/bench/chromium.bench.ts`: only the runs named (comma-separated),
 * to measure one part without the others; every run when unset.
 */
const only = process.env.BENCH_RUNS?.split(',').filter(Boolean);
const selected = (run: Run) => !only?.length || only.includes(run);
const captures = new Map(PAGES.map((page) => [page.path, readFileSync(page.capture, 'utf8')]));

/**
 * Served cross-origin isolated: the page's clock then ticks in 5 µs steps instead of 100 µs,
 * which a 20-post batch (well under a millisecond on X) needs to be timed at all.
 */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const server = createServer((req, res) => {
  const capture = captures.get(req.url ?? '');
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  else if (capture) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...ISOLATED }).end(capture);
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  type Bench = { animateurBench: Record<Run, () => Promise<Figure[]>> };
  for (const { path, runs: all } of PAGES) {
    const runs = all.filter(selected);
    if (!runs.length) continue;
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.addScriptTag({ url: '/bench.js' });
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated: its timings would be too coarse');
    for (const run of runs) {
      const figures = await page.evaluate((name) => (globalThis as unknown as Bench).animateurBench[name](), run);
      for (const figure of figures) report(figure.name, figure.value, figure.unit);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
