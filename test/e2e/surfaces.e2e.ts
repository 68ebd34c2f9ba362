import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoPagesHistory, serveDemoPages } from './harness/demo-pages';
import { inIsolatedWorld } from './harness/isolated-world';
import { openOverlayTab } from './harness/overlay';
import { openPopup } from './harness/popup';
import { seedHistory } from './harness/seed';
import { saveArtifact, startSession, type Session } from './harness/session';
import { wrappedLabels } from './harness/wrapped-labels';
import { extensionUrl, OPTIONS_PAGE, POPUP_PAGE } from './harness/extension-browser';

const LOCALES = [
  { locale: 'en-US', lang: 'en', lastStatus: /^Last post /, overdue: 'Overdue', offer: 'Track Café du Port with Animateur?', options: 'Settings' },
  { locale: 'fr-FR', lang: 'fr', lastStatus: /^Dernière publication /, overdue: 'En retard', offer: 'Suivre Café du Port avec Animateur ?', options: 'Réglages' },
];


describe.each(LOCALES)('surfaces in $lang', (L) => {
  let session: Session;
  let pages: ReturnType<typeof serveDemoPages>;
  beforeAll(async () => {
    session = await startSession({ locale: L.locale });
    pages = serveDemoPages(session.server);
    await seedHistory(session, demoPagesHistory(Date.now()));
  });
  afterAll(() => session?.end());

  test('popup: pages with dots, the selected page large, chart, deltas, nudges; another page on click', async () => {
    const tab = await session.context.newPage();
    await tab.goto(pages.tracked);
    const popup = await openPopup(session.context, session.worker, tab);
    await popup.waitFor('document.querySelector("[data-testid=follower-chart] svg")');
    const shown = await popup.evaluate<{ rows: number; selected: string; lastStatus: string; nudges: number; chart: string }>(`({
      rows: document.querySelectorAll('[data-testid=page-row]').length,
      selected: document.querySelector('[data-testid=page-row][aria-current=true]').dataset.pageId,
      lastStatus: document.querySelector('[data-testid=last-status]').textContent,
      nudges: document.querySelectorAll('[data-testid=nudge]').length,
      chart: document.querySelector('[data-testid=follower-chart] svg').getAttribute('aria-label'),
    })`);
    expect(shown).toMatchObject({ rows: 5, selected: 'x:badlogicgames', nudges: 3 });
    expect(shown.lastStatus).toMatch(L.lastStatus);
    expect(shown.chart).toMatch(/14[,\u202f ]?0\d\d/);
    saveArtifact(`popup-${L.lang}.png`, await popup.screenshot());

    await popup.evaluate(`document.querySelector('[data-testid=page-row][data-page-id="facebook:lebistroduport"]').click()`);
    await popup.waitFor(`document.querySelector('.detail-name a')?.textContent === 'Le Bistro du Port'`);
    expect(await popup.evaluate<string>(`document.querySelector('.detail-state').textContent`)).toContain(L.overdue);
    saveArtifact(`popup-overdue-${L.lang}.png`, await popup.screenshot());

    // Nothing in the popup is cut off: French is the longer language.
    const clipped = await popup.evaluate<string[]>(`[...document.querySelectorAll('button, h1, h2, h3, .last-status, .nudge-reason, dt, dd')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent)`);
    expect(clipped).toEqual([]);

    await popup.evaluate(`document.querySelector('[data-testid=page-row][data-page-id="linkedin:menuiserie-roux"]').click()`);
    await popup.waitFor(`document.querySelector('[data-testid=could-not-read]')`);
    saveArtifact(`popup-could-not-read-${L.lang}.png`, await popup.screenshot());

    await popup.evaluate(`document.querySelector('[data-testid=page-row][data-page-id="facebook:lebistroduport"]').click()`);
    await popup.waitFor(`document.querySelector('.detail-name a')?.textContent === 'Le Bistro du Port'`);
    const firstIdea = await popup.evaluate<string>(`document.querySelector('[data-testid=nudge]').dataset.ideaId`);
    await popup.evaluate(`document.querySelector('[data-testid=nudge] .nudge-actions button:last-child').click()`);
    await popup.waitFor(`![...document.querySelectorAll('[data-testid=nudge]')].some((n) => n.dataset.ideaId === ${JSON.stringify(firstIdea)})`);
    await popup.close();
    await tab.close();
  });

  test('overlay on a tracked page: last status and one idea, folded and remembered across reloads', async () => {
    const { tab, overlay } = await openOverlayTab(session.context, pages.tracked, '[data-testid=overlay-last-status]');
    expect(await overlay.text('[data-testid=overlay-last-status]')).toMatch(L.lastStatus);
    expect(await overlay.count('[data-testid=nudge]')).toBe(1);
    saveArtifact(`overlay-${L.lang}.png`, await tab.screenshot());

    // The site's styles do not reach in; ours do not leak out.
    const isolation = await overlay.evaluate<{ font: string; bodyAccent: string; position: string }>(`function () {
      return {
        font: getComputedStyle(this.querySelector('.panel')).fontFamily,
        bodyAccent: getComputedStyle(document.body).getPropertyValue('--accent'),
        position: getComputedStyle(this.host).position,
      };
    }`);
    expect(isolation).toMatchObject({ bodyAccent: '', position: 'fixed' });
    expect(isolation.font).toMatch(/system-ui/);

    await overlay.click('.panel-head button');
    await overlay.waitFor('.pill');
    await tab.reload();
    await overlay.waitFor('.pill');
    expect(await overlay.count('.panel')).toBe(0);
    saveArtifact(`overlay-folded-${L.lang}.png`, await tab.screenshot());

    // Hidden on the page, brought back from the popup without reloading the page.
    await overlay.click('.pill-button');
    await overlay.click('.panel-head button:last-child');
    await overlay.waitFor('[data-testid=overlay]', { gone: true });
    const popup = await openPopup(session.context, session.worker, tab);
    await popup.waitFor('document.querySelector("[data-testid=overlay-restore]")');
    await popup.evaluate('document.querySelector("[data-testid=overlay-restore]").click()');
    await overlay.waitFor('[data-testid=overlay-last-status]');
    await popup.close();
    await tab.close();
  });

  test('overlay on an untracked page the admin runs: a discreet offer that tracks the page', async () => {
    const { tab, overlay } = await openOverlayTab(session.context, pages.owned, '[data-testid=track-page]');
    expect(await overlay.text('[data-testid=overlay]')).toContain(L.offer);
    // Injected into the content script's world (what the visitor's page below must not get).
    expect(await inIsolatedWorld(tab, session.extensionId, 'typeof __animateurMountOverlay')).toBe('function');
    saveArtifact(`overlay-offer-${L.lang}.png`, await tab.screenshot());
    await overlay.click('[data-testid=track-page]');
    // A second real click, on Confirm, once a double click's second click would be past.
    await new Promise((r) => setTimeout(r, 700));
    await overlay.click('[data-testid=overlay-confirm]');
    await overlay.waitFor('[data-testid=overlay-last-status]');
    await tab.close();
  });

  test('overlay is not loaded on an untracked page seen as a visitor', async () => {
    const tab = await session.context.newPage();
    await tab.goto(pages.visited);
    await tab.waitForLoadState('load');
    // The content script reads an untracked page once, then only watches its URL.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tab.locator('animateur-overlay').count()).toBe(0);
    // The content script runs there, and the worker never injected the overlay beside it.
    expect(await inIsolatedWorld(tab, session.extensionId, 'typeof __animateurMountOverlay')).toBe('undefined');
    await tab.close();
  });

  test('options: goal, role, reminders, backup; screenshots light and dark', async () => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 900, height: 1100 });
    await tab.goto(extensionUrl(session.extensionId, OPTIONS_PAGE));
    await tab.locator('[data-testid=page-settings]').first().waitFor();
    expect(await tab.locator('h1').innerText()).toBe(L.options);
    expect(await tab.locator('[data-testid=page-settings]').count()).toBeGreaterThanOrEqual(5);
    const bistro = tab.locator('[data-testid=page-settings][data-page-id="facebook:lebistroduport"]');
    await bistro.locator('select').first().selectOption('7');
    await bistro.locator('[role=status]').waitFor();
    const stored = await session.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('animateur');
        request.onsuccess = () => resolve(request.result);
      });
      const page = await new Promise<{ goalDays?: number }>((resolve) => {
        const request = db.transaction('pages').objectStore('pages').get('facebook:lebistroduport');
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return page.goalDays;
    });
    expect(stored).toBe(7);
    saveArtifact(`options-${L.lang}.png`, await tab.screenshot({ fullPage: true }));
    await tab.emulateMedia({ colorScheme: 'dark' });
    saveArtifact(`options-dark-${L.lang}.png`, await tab.screenshot({ fullPage: true }));
    await tab.close();
  });

  test.each([900, 760])('options at %d px wide: no button label wraps, and each row of backup actions holds on one line', async (width) => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width, height: 1100 });
    await tab.goto(extensionUrl(session.extensionId, OPTIONS_PAGE));
    await tab.locator('[data-testid=page-settings]').first().waitFor();
    expect(await wrappedLabels(tab, 'button, .file-button, a[href], .backup-actions > *')).toEqual([]);
    // A row that wrapped leaves a control below the others: on one line, every control overlaps every other vertically.
    const rows = await tab.locator('.backup-actions').evaluateAll((els) =>
      els.map((row) => {
        const rects = [...row.children].map((child) => child.getBoundingClientRect());
        return { controls: rects.length, oneLine: Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom)) };
      }),
    );
    expect(rows.reduce((sum, row) => sum + row.controls, 0)).toBeGreaterThanOrEqual(3);
    expect(rows.filter((row) => !row.oneLine)).toEqual([]);
    await tab.close();
  });

  test('popup in dark mode', async () => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 720, height: 560 });
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.goto(extensionUrl(session.extensionId, POPUP_PAGE));
    await tab.locator('[data-testid=follower-chart] svg').waitFor();
    saveArtifact(`popup-dark-${L.lang}.png`, await tab.screenshot());
    await tab.close();
    expect(session.errors).toEqual([]);
  });
});
