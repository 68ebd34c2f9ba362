/**
 * What the content script holds in memory: the JS heap of a tracked X page grown to 1,000 posts,
 * all of them read and stored, against the same page in a browser without the extension. The
 * content script's isolated world shares the page's heap, so the difference is its cost.
 * Runs the built extension in Chromium; skipped without one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../e2e/harness/extension-browser';
import { FIXTURE_HOSTS } from '../e2e/harness/fixture-server';
import { trackFromPopup } from '../e2e/harness/popup';
import { startSession } from '../e2e/harness/session';
import { readStore } from '../e2e/harness/store-reader';
import { appendXPosts, waitForCount } from '../e2e/harness/x-timeline';
import { report } from './report';

const POSTS = 1000;
const PAGE_URL = 'https://x.com/badlogicgames';

/** The page's JS heap after collecting garbage: the least of three readings. */
async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    readings.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  await cdp.detach();
  return Math.min(...readings);
}

/** The capture grown past 1,000 posts (its own 9, then clones); the count shown on the page. */
async function grow(page: Page): Promise<number> {
  await appendXPosts(page, '19', POSTS - 9);
  return page.evaluate(() => document.querySelectorAll('article[data-testid="tweet"]').length);
}

if (!existsSync(CHROMIUM)) {
  console.error(`content memory bench skipped: no Chromium at ${CHROMIUM}`);
} else {
  const session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${session.server.port}`).join(', ')}`],
  });
  try {
    const tracked = await session.context.newPage();
    await tracked.goto(PAGE_URL);
    await trackFromPopup(session.context, session.worker, tracked);
    const shown = await grow(tracked);
    const stored = await waitForCount(async () => (await readStore(session.worker)).posts.length, shown, 120_000);
    if (stored < shown) throw new Error(`only ${stored} of ${shown} posts were read and stored`);

    const bare = await (await plain.newContext({ ignoreHTTPSErrors: true })).newPage();
    await bare.goto(PAGE_URL);
    await grow(bare);

    const [withExtension, without] = [await heapBytes(tracked), await heapBytes(bare)];
    report('memory.content.x.1000posts.bytes', withExtension - without, 'bytes');
    report('memory.content.x.1000posts.page_with_extension.bytes', withExtension, 'bytes');
    report('memory.content.x.1000posts.page_without.bytes', without, 'bytes');
  } finally {
    await plain.close();
    await session.end();
  }
}
