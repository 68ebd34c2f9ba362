import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPagesHistory, serveDemoPages } from './harness/demo-pages';
import { openOverlayTab, overlayIn } from './harness/overlay';
import { seedHistory } from './harness/seed';
import { startSession, type Session } from './harness/session';

/** Which corner of the window the overlay sits in. */
const cornerOf = () => {
  const r = document.querySelector('animateur-overlay')!.getBoundingClientRect();
  return `${r.top < innerHeight / 2 ? 'top' : 'bottom'}-${r.left < innerWidth / 2 ? 'left' : 'right'}`;
};

/** The site's visible controls that the overlay's box overlaps. */
const coveredControls = (tab: Page) =>
  tab.evaluate(() => {
    const box = document.querySelector('animateur-overlay')!.getBoundingClientRect();
    return [...document.querySelectorAll('a[href], button, input, [role=button], [role=link]')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top)
      .map(({ el }) => el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label'));
  });

describe('overlay layout on X (French, the longer language)', () => {
  let session: Session;
  let pages: ReturnType<typeof serveDemoPages>;
  beforeAll(async () => {
    session = await startSession({ locale: 'fr-FR' });
    pages = serveDemoPages(session.server);
    await seedHistory(session, demoPagesHistory(Date.now()));
  });
  afterAll(() => session?.end());

  test("at 1024 × 600 it covers none of the site's controls, follows X's dark theme, and keeps the three answers on one line", async () => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 1024, height: 600 });
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.goto(pages.tracked);
    const overlay = await overlayIn(tab);
    await overlay.waitFor('[data-testid=nudge]');
    await tab.waitForFunction(() => !!document.querySelector('animateur-overlay')?.getBoundingClientRect().height);
    expect(await coveredControls(tab)).toEqual([]);
    // The page paints black; the OS says light: the panel is dark.
    const panel = await overlay.evaluate<string>("function () { return getComputedStyle(this.querySelector('.panel')).backgroundColor; }");
    expect(panel).toBe('rgb(29, 27, 26)');
    const tops = await overlay.evaluate<number[]>("function () { return [...this.querySelectorAll('.nudge-actions button')].map((b) => b.getBoundingClientRect().top); }");
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    await tab.close();
  });

  test('moved to another corner, it stays there after a reload', async () => {
    const { tab, overlay } = await openOverlayTab(session.context, pages.tracked, '[data-testid=overlay-move]');
    const corner = () => tab.evaluate(cornerOf);
    const before = await corner();
    await overlay.click('[data-testid=overlay-move]');
    await tab.waitForFunction(`(${cornerOf})() !== ${JSON.stringify(before)}`);
    const moved = await corner();
    await tab.reload();
    await (await overlayIn(tab)).waitFor('[data-testid=overlay-move]');
    await tab.waitForFunction(`(${cornerOf})() === ${JSON.stringify(moved)}`);
    expect(await corner()).toBe(moved);
    await tab.close();
  });
});
