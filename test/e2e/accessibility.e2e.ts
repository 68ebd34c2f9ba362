import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { printAxe, runAxe } from './harness/axe';
import { demoPagesHistory, serveDemoPages } from './harness/demo-pages';
import { extensionUrl, OPTIONS_PAGE, POPUP_PAGE } from './harness/extension-browser';
import { openOverlayTab, overlayIn } from './harness/overlay';
import { copyOverlayOpen, OVERLAY_COPY } from './harness/overlay-copy';
import { seedHistory } from './harness/seed';
import { startSession, type Session } from './harness/session';

const SCHEMES = ['light', 'dark'] as const;

/** Tab from the top of `page` until focus comes back round; each control reached, with whether its focus is visible. */
async function tabRound(page: Page, limit = 120): Promise<{ name: string; visible: boolean }[]> {
  const reached: { name: string; visible: boolean }[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      // A time field takes several Tabs (hours, minutes…) while staying the focused element.
      if (el.hasAttribute('data-tab-current')) return 'same';
      document.querySelector('[data-tab-current]')?.removeAttribute('data-tab-current');
      el.setAttribute('data-tab-current', '');
      if (el.hasAttribute('data-tab-seen')) return 'again';
      el.setAttribute('data-tab-seen', '');
      const style = getComputedStyle(el);
      // Visible focus: an outline, or (the chart's markers) the ring :focus-visible strokes.
      const ring = el.querySelector('.chart-hit');
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (!!ring && parseFloat(getComputedStyle(ring).strokeWidth) > 0 && getComputedStyle(ring).stroke !== 'none');
      return { name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`, visible };
    });
    if (now === 'same') continue;
    if (!now || now === 'again') break;
    reached.push(now);
  }
  return reached;
}

describe.each([
  { locale: 'en-US', lang: 'en' },
  { locale: 'fr-FR', lang: 'fr' },
])('accessibility in $lang', ({ locale, lang }) => {
  let session: Session;
  let pages: ReturnType<typeof serveDemoPages>;
  beforeAll(async () => {
    session = await startSession({ locale });
    pages = serveDemoPages(session.server);
    await seedHistory(session, demoPagesHistory(Date.now()));
  });
  afterAll(() => session?.end());

  test.each(SCHEMES)('popup with data, %s: no axe violation of any impact (a level-one heading included); every control reachable with visible focus', async (scheme) => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 720, height: 560 });
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.goto(extensionUrl(session.extensionId, POPUP_PAGE));
    await tab.locator('[data-testid=follower-chart] svg').waitFor();
    await tab.locator('[data-testid=nudge]').first().waitFor();
    const report = await runAxe(tab, `popup ${lang} ${scheme}`);
    printAxe(report);
    expect(report.violations).toEqual([]);

    const reached = await tabRound(tab);
    const missed = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], select, input')]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length && !el.hasAttribute('data-tab-seen'))
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(missed).toEqual([]);
    expect(reached.filter((r) => !r.visible)).toEqual([]);
    expect(reached.map((r) => r.name)).toContainEqual(expect.stringMatching(/^g /)); // the chart's markers, one tab stop

    // The ideas start above the fold, even under "could not read" and "I just posted".
    await tab.locator('[data-testid=page-row][data-page-id="linkedin:menuiserie-roux"]').click();
    await tab.locator('[data-testid=could-not-read]').waitFor();
    const ideasTop = await tab.locator('[data-testid=nudge]').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(ideasTop).toBeLessThan(560 - 60);
    await tab.close();
  });

  test.each(SCHEMES)('options, %s: no axe violation of any impact; visible focus', async (scheme) => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 900, height: 1100 });
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.goto(extensionUrl(session.extensionId, OPTIONS_PAGE));
    await tab.locator('[data-testid=page-settings]').first().waitFor();
    const report = await runAxe(tab, `options ${lang} ${scheme}`);
    printAxe(report);
    expect(report.violations).toEqual([]);
    const reached = await tabRound(tab);
    expect(reached.length).toBeGreaterThan(10);
    // Every enabled control was reached (a radio group is one stop: one of it suffices).
    const missed = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], select, input, textarea')]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length && !el.hasAttribute('data-tab-seen'))
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && document.querySelector(`input[name="${el.name}"][data-tab-seen]`)))
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(missed).toEqual([]);
    expect(reached.filter((r) => !r.visible)).toEqual([]);
    await tab.close();
  });

  test.each(SCHEMES)('overlay on a tracked page and the offer on an owned one, OS %s: no axe violation of any impact', async (scheme) => {
    for (const [name, url, ready] of [
      ['overlay', pages.tracked, '[data-testid=overlay-last-status]'],
      ['offer', pages.owned, '[data-testid=track-page]'],
    ] as const) {
      const tab = await session.context.newPage();
      await tab.setViewportSize({ width: 1280, height: 800 });
      await tab.emulateMedia({ colorScheme: scheme });
      await tab.goto(url);
      await (await overlayIn(tab)).waitFor(ready);
      const copy = await copyOverlayOpen(tab);
      const report = await runAxe(tab, `${name} ${lang} OS ${scheme}`, { include: [[OVERLAY_COPY]] } as never);
      await copy.restore();
      printAxe(report);
      expect(report.violations).toEqual([]);
      await tab.close();
    }
  });

  test('the overlay is one shortcut away, not 120 Tab presses: the command focuses its first control', async () => {
    const { tab, overlay } = await openOverlayTab(session.context, pages.tracked, '[data-testid=overlay-last-status]', { width: 1024, height: 600 });
    // What the worker's command listener does on Alt+Shift+A (automation cannot press browser shortcuts).
    const focused = await session.worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
      return chrome.tabs.sendMessage(active!.id!, { type: 'focus-overlay' });
    });
    expect(focused).toBe(true);
    const where = await tab.evaluate(() => document.activeElement?.tagName);
    expect(where).toBe('ANIMATEUR-OVERLAY');
    // Inside the (closed) root, its first control has the focus.
    expect(await overlay.evaluate<string>('function () { return this.activeElement && this.activeElement.tagName; }')).toBe('BUTTON');
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => c.name)).toContain('focus-overlay');
    await tab.close();
  });
});
