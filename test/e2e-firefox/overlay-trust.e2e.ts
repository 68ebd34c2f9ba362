// Firefox has no IntersectionObserver v2: there the overlay reads the page itself for what it
// paints over the Confirm button (overlay/painted-over.ts). A pass-through decoy (pointer-events:
// none, so the admin's click reaches our control while they see only the decoy) is refused, also
// when the page takes it away at the press; in plain view the admin's Confirm tracks the page.
// Clicks are real input events at screen points (WebDriver BiDi), as a person's are.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDemoPages } from '../e2e/harness/demo-pages';
import { startFirefoxSession, until, type FirefoxSession } from './harness/firefox-session';

let session: FirefoxSession;
let pages: ReturnType<typeof serveDemoPages>;
beforeAll(async () => {
  session = await startFirefoxSession();
  pages = serveDemoPages(session.server);
});
afterAll(() => session?.end());

const click = async (tab: Page, testId: string) => {
  const { x, y } = (await until(() => session.overlayPoint(tab, testId), testId))!;
  await tab.mouse.click(x, y);
};
/** Past the delay that keeps a double click's second click off Confirm (and past "covered lately"). */
const settle = () => new Promise((r) => setTimeout(r, 700));
const trackedIds = async () => (await session.readStore()).pages.map((p) => p.id);

test('a pass-through decoy over Confirm is refused, also taken away at the press; in plain view Confirm tracks', async () => {
  const tab = await session.open(pages.owned);
  await click(tab, 'track-page');
  await until(() => session.overlayPoint(tab, 'overlay-confirm'), 'the confirm step');

  // The page lays a white sheet over everything that lets clicks through to the panel below.
  await tab.evaluate(() => {
    const decoy = Object.assign(document.createElement('div'), { id: 'decoy', textContent: 'Win a prize!' });
    decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;';
    document.body.append(decoy);
  });
  await settle();
  await click(tab, 'overlay-confirm');
  await until(() => session.overlayText(tab, 'overlay-confirm-refused'), 'the refusal');
  expect(await trackedIds()).toEqual([]);

  // The same sheet drawn other ways: a dot's spread shadow, inside the page's closed shadow root, in the top layer.
  for (const way of ['shadow', 'closed-root', 'popover'] as const) {
    await tab.evaluate((way) => {
      document.getElementById('decoy')?.remove();
      const decoy = Object.assign(document.createElement('div'), { id: 'decoy' });
      const sheet = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;';
      if (way === 'shadow') decoy.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;z-index:2147483647;pointer-events:none;box-shadow:0 0 0 4000px #fff;';
      if (way === 'closed-root') {
        decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;';
        const inner = document.createElement('div');
        inner.style.cssText = sheet;
        decoy.attachShadow({ mode: 'closed' }).append(inner);
      }
      if (way === 'popover') {
        decoy.popover = 'manual';
        decoy.style.cssText = `${sheet}margin:0;border:0;width:100vw;height:100vh;`;
      }
      document.body.append(decoy);
      if (way === 'popover') decoy.showPopover();
    }, way);
    await settle();
    await click(tab, 'overlay-confirm');
    await settle();
    expect(await trackedIds(), way).toEqual([]);
  }
  await tab.evaluate(() => {
    document.getElementById('decoy')?.remove();
    const decoy = Object.assign(document.createElement('div'), { id: 'decoy', textContent: 'Win a prize!' });
    decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;';
    document.body.append(decoy);
  });

  // The page removes the sheet when the button goes down (its listener hears it first) and puts it back after.
  await tab.evaluate(() => {
    const decoy = document.getElementById('decoy')!;
    addEventListener('pointerdown', () => decoy.remove(), { capture: true });
    addEventListener('click', () => setTimeout(() => document.body.append(decoy)), { capture: true });
  });
  await settle();
  await click(tab, 'overlay-confirm');
  await settle();
  expect(await trackedIds()).toEqual([]);

  // In plain view, the admin's click on Confirm tracks the page.
  await tab.reload({ waitUntil: 'load' });
  await click(tab, 'track-page');
  await settle();
  await click(tab, 'overlay-confirm');
  await until(async () => (await trackedIds()).length > 0 && (await trackedIds()), 'the page tracked');
  expect(await trackedIds()).toEqual(['x:cafeduport']);
  expect(await session.errors()).toEqual([]);
});
