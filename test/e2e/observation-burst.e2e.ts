// Two hundred tracked pages report at once, as after a session restore of 200 tabs: every
// observation is stored, and how the browser keeps up is printed (not asserted: shared machines).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Observation } from '../../src/sites/types';
import { startSession, type Session } from './harness/session';
import { readStore } from './harness/store-reader';
import { extensionUrl, POPUP_PAGE } from './harness/extension-browser';

const PAGES = 200;
const POSTS_PER_PAGE = 5;

let session: Session;
beforeAll(async () => {
  session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
});
afterAll(() => session?.end());

const report = (name: string, value: number, unit: string) => console.log(JSON.stringify({ name, value: Math.round(value), unit }));

function observationOf(n: number, withPosts: boolean): Observation {
  const hour = 3_600_000;
  return {
    site: 'x',
    page: { handle: `burst${n}`, name: `Burst ${n}`, url: `https://x.com/burst${n}` },
    ownerView: n % 2 === 0,
    followers: withPosts ? { count: 1000 + n, exact: true, shown: `${1000 + n}` } : undefined,
    posts: withPosts
      ? Array.from({ length: POSTS_PER_PAGE }, (_, k) => ({
          id: `${n}${String(k).padStart(3, '0')}`,
          url: `https://x.com/burst${n}/status/${n}${String(k).padStart(3, '0')}`,
          publishedAt: Date.now() - (k + 1) * hour,
          precision: 'minute' as const,
          text: `Post ${k} of page ${n}`,
          kind: 'text' as const,
        }))
      : [],
  };
}

/** Timer lateness and frame gaps in a web page, from `start` until `stop` (runs in the page). */
async function startProbe(page: Page): Promise<() => Promise<{ timerLateMax: number; timerLateP95: number; frameGapMax: number; samples: number }>> {
  await page.evaluate(() => {
    const probe = { late: [] as number[], frameGapMax: 0, running: true };
    (window as unknown as { probe: typeof probe }).probe = probe;
    const tick = () => {
      const due = performance.now() + 10;
      setTimeout(() => {
        probe.late.push(performance.now() - due);
        if (probe.running) tick();
      }, 10);
    };
    let lastFrame = performance.now();
    const frame = (at: number) => {
      probe.frameGapMax = Math.max(probe.frameGapMax, at - lastFrame);
      lastFrame = at;
      if (probe.running) requestAnimationFrame(frame);
    };
    tick();
    requestAnimationFrame(frame);
  });
  return () =>
    page.evaluate(() => {
      const probe = (window as unknown as { probe: { late: number[]; frameGapMax: number; running: boolean } }).probe;
      probe.running = false;
      const sorted = [...probe.late].sort((a, b) => a - b);
      return {
        timerLateMax: sorted.at(-1) ?? 0,
        timerLateP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        frameGapMax: probe.frameGapMax,
        samples: sorted.length,
      };
    });
}

test(`${PAGES} tracked pages observed at once: nothing is lost`, async () => {
  // An extension page of ours sends what 200 content scripts would (a web page cannot).
  const extensionPage = await session.context.newPage();
  await extensionPage.goto(extensionUrl(session.extensionId, POPUP_PAGE));
  const tracks = Array.from({ length: PAGES }, (_, n) => ({ type: 'track-page', observation: observationOf(n, false), role: n % 3 ? 'watch' : 'mine' }));
  const tracked = await extensionPage.evaluate((messages) => Promise.all(messages.map((m) => chrome.runtime.sendMessage(m))), tracks);
  expect(tracked.map((reply) => reply?.pageId)).toEqual(tracks.map((m) => `x:${m.observation.page.handle}`));

  const webPage = await session.context.newPage();
  await webPage.goto('https://x.com/badlogicgames');
  await webPage.bringToFront();
  const stopProbe = await startProbe(webPage);

  const observations = Array.from({ length: PAGES }, (_, n) => ({ type: 'observation', observation: observationOf(n, true) }));
  const burst = await extensionPage.evaluate(async (messages) => {
    const start = performance.now();
    let done = false;
    const sent = Promise.all(messages.map((m) => chrome.runtime.sendMessage(m))).finally(() => (done = true));
    // Meanwhile the popup asks for its list, as an admin opening it would.
    const listLatencies: number[] = [];
    while (!done) {
      const asked = performance.now();
      await chrome.runtime.sendMessage({ type: 'list-pages' });
      listLatencies.push(performance.now() - asked);
    }
    const replies = await sent;
    return { replies, ms: performance.now() - start, listLatencyMax: Math.max(0, ...listLatencies), listAsked: listLatencies.length };
  }, observations);
  const probe = await stopProbe();

  report('burst.observations', PAGES, 'messages');
  report('burst.total', burst.ms, 'ms');
  report('burst.list-pages.latency.max', burst.listLatencyMax, 'ms');
  report('burst.list-pages.asked', burst.listAsked, 'requests');
  report('burst.web-page.timer-lateness.max', probe.timerLateMax, 'ms');
  report('burst.web-page.timer-lateness.p95', probe.timerLateP95, 'ms');
  report('burst.web-page.frame-gap.max', probe.frameGapMax, 'ms');

  expect(burst.replies).toEqual(observations.map(() => ({ tracked: true })));
  const stored = await readStore(session.worker);
  expect(stored.pages.map((p) => p.id).sort()).toEqual(tracks.map((m) => `x:${m.observation.page.handle}`).sort());
  const want = observations.flatMap((m) => m.observation.posts.map((p) => `x:${m.observation.page.handle}|${p.id}`));
  expect(stored.posts.map((p) => `${p.pageId}|${p.postId}`).sort()).toEqual(want.sort());
  expect(stored.followers.map((f) => `${f.pageId}|${f.count}`).sort()).toEqual(observations.map((m) => `x:${m.observation.page.handle}|${m.observation.followers!.count}`).sort());
  // Still answering, and nothing is waiting to be retried.
  expect(await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'store-status' }))).toEqual({ state: 'ok' });
  expect(await session.worker.evaluate(() => chrome.storage.session.get('pendingQueue'))).not.toMatchObject({ pendingQueue: [expect.anything()] });
  expect(session.errors).toEqual([]);
});
