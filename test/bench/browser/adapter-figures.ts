/**
 * Runs inside Chromium, on the served X capture: how much the adapter and the content script's
 * follower cost compared with the cheapest possible read of the same posts.
 */
import { followPage } from '../../../src/content/follow-page';
import { xAdapter } from '../../../src/sites/x';
import type { Figure } from './figure';

const POST = 'article[data-testid="tweet"]';
const url = new URL('https://x.com/badlogicgames');

function medianMs(fn: () => unknown, runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The floor any reader pays: find every post and touch its text once. */
function bareRead(): number {
  let length = 0;
  for (const el of document.querySelectorAll(POST)) length += el.textContent?.length ?? 0;
  return length;
}

let serial = 0;
/** Copies of the capture's own timeline cells, each with a fresh status id. */
function appendCells(count: number): void {
  const timeline = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
  const templates = [...timeline.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(0, 9);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const cell = templates[i % templates.length]!.cloneNode(true) as Element;
    const id = String(2_000_000_000_000_000_000n + BigInt(++serial));
    for (const a of cell.querySelectorAll('a[href*="/status/"]')) {
      a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, `/status/${id}`));
    }
    fragment.append(cell);
  }
  timeline.append(fragment);
}

export async function adapterFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  // Nine posts read in well under a millisecond: time a hundred reads at once, against the
  // timer's coarse resolution.
  const hundred = (fn: () => unknown) => () => {
    for (let i = 0; i < 100; i++) fn();
  };
  const observeCapture = medianMs(hundred(() => xAdapter.observe(document, url, new Date()))) / 100;
  const bareCapture = medianMs(hundred(bareRead)) / 100;
  figures.push({ name: 'adapter.x.capture.observe', value: observeCapture, unit: 'ms' });
  figures.push({ name: 'adapter.x.capture.ratio', value: observeCapture / bareCapture, unit: 'x' });

  // Follow the page as the content script does, with batches run by hand so each is timed.
  let pending: (() => void) | undefined;
  let delivered = 0;
  const follower = followPage({
    doc: document,
    currentUrl: () => url,
    adapterFor: () => xAdapter,
    send: async (observation) => {
      delivered += observation.posts.length;
      return { tracked: true };
    },
    schedule: (run) => (pending = run),
  });
  const runBatch = async () => {
    await new Promise((r) => setTimeout(r, 0)); // MutationObserver records arrive
    const start = performance.now();
    pending?.();
    pending = undefined;
    return performance.now() - start;
  };
  await runBatch();
  follower.tracked();
  await runBatch();

  const batchTimes: number[] = [];
  for (let batch = 1; batch <= 50; batch++) {
    appendCells(20);
    batchTimes.push(await runBatch());
  }
  // Single batches are noisy: compare the first five with the last five.
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  figures.push({ name: 'content.batch20.first', value: mean(batchTimes.slice(0, 5)), unit: 'ms' });
  figures.push({ name: 'content.batch20.50th', value: mean(batchTimes.slice(-5)), unit: 'ms' });
  figures.push({ name: 'content.batch20.50th_vs_1st.ratio', value: mean(batchTimes.slice(-5)) / mean(batchTimes.slice(0, 5)), unit: 'x' });
  figures.push({ name: 'content.batch20.posts_delivered', value: delivered, unit: 'posts' });
  follower.stop();

  // The page has grown past 1,000 posts: a full observe against the bare read.
  const posts = document.querySelectorAll(POST).length;
  const observeLarge = medianMs(() => xAdapter.observe(document, url, new Date()), 5);
  const bareLarge = medianMs(bareRead, 5);
  figures.push({ name: 'adapter.x.synthetic.posts', value: posts, unit: 'posts' });
  figures.push({ name: 'adapter.x.synthetic.observe', value: observeLarge, unit: 'ms' });
  figures.push({ name: 'adapter.x.synthetic.ratio', value: observeLarge / Math.max(bareLarge, 0.01), unit: 'x' });
  return figures;
}
