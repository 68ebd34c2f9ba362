// The page the overlay sits on is not ours: its scripts must neither read the panel nor drive
// it, and its styles must not turn a click meant for the page into a store change of ours.
// Clicks here are real input events at screen points (harness/overlay.ts), as a person's are.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoPagesHistory, serveDemoPages } from './harness/demo-pages';
import { openOverlayTab } from './harness/overlay';
import { seedHistory } from './harness/seed';
import { startSession, type Session } from './harness/session';
import { readStore } from './harness/store-reader';

let session: Session;
let pages: ReturnType<typeof serveDemoPages>;
beforeAll(async () => {
  session = await startSession();
  pages = serveDemoPages(session.server);
});
afterAll(() => session?.end());

/** Past the delay that keeps a double click's second click off Confirm. */
const pastDoubleClick = () => new Promise((r) => setTimeout(r, 700));
const trackedIds = async () => (await readStore(session.worker)).pages.map((p) => p.id);

test('the page cannot read or click the overlay, nor hide it under a real click; the admin confirms in plain view', async () => {
  const { tab, overlay } = await openOverlayTab(session.context, pages.owned, '[data-testid=track-page]');

  // The page's own script: no shadow root to read, and what it dispatches reaches nothing.
  const pageSees = await tab.evaluate(() => {
    const host = document.querySelector<HTMLElement>('animateur-overlay')!;
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const center = host.getBoundingClientRect();
    document.elementFromPoint(center.x + 5, center.y + 5)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // The overlay's code lives in the extension's isolated world, not in the page's.
    const mount = typeof (window as { __animateurMountOverlay?: unknown }).__animateurMountOverlay;
    return { shadowRoot: host.shadowRoot === null ? null : 'open', text: host.innerText, html: host.innerHTML, mount };
  });
  expect(pageSees).toEqual({ shadowRoot: null, text: '', html: '', mount: 'undefined' });
  expect(await overlay.count('[data-testid=overlay-confirm-step]')).toBe(0);

  // The page makes the overlay invisible over its own content: a real click does not track.
  await tab.addStyleTag({ content: 'animateur-overlay { opacity: 0 !important; }' });
  await overlay.click('[data-testid=track-page]');
  await pastDoubleClick();
  await overlay.click('[data-testid=overlay-confirm]');
  await overlay.waitFor('[data-testid=overlay-confirm-refused]');
  expect(await trackedIds()).toEqual([]);

  // The same again with a page element laid over the Confirm button (clicks go through to it).
  await tab.evaluate(() => {
    document.querySelectorAll('style').forEach((s) => s.textContent?.includes('animateur-overlay') && s.remove());
    const decoy = Object.assign(document.createElement('div'), { id: 'decoy', textContent: 'Win a prize!' });
    decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;';
    document.body.append(decoy);
  });
  await overlay.click('[data-testid=overlay-confirm]');
  await new Promise((r) => setTimeout(r, 300));
  expect(await trackedIds()).toEqual([]);

  // In plain view, the admin's second click on Confirm tracks the page.
  await tab.evaluate(() => document.getElementById('decoy')!.remove());
  // IntersectionObserver v2 reports visibility again after its delay.
  await new Promise((r) => setTimeout(r, 300));
  await overlay.click('[data-testid=overlay-confirm]');
  await overlay.waitFor('[data-testid=overlay-last-status]');
  expect(await trackedIds()).toEqual(['x:cafeduport']);
  expect(session.errors).toEqual([]);
});

test("an idea's answer on the panel: the page's forged click asks nothing, a hidden Confirm saves nothing (clicked or keyed), a plain one keyed saves it", async () => {
  await seedHistory(session, demoPagesHistory(Date.now()));
  const { tab, overlay } = await openOverlayTab(session.context, pages.tracked, '[data-testid=nudge]');
  const ideaId = await overlay.evaluate<string>(`function () { return this.querySelector('[data-testid=nudge]').dataset.ideaId; }`);
  const snoozed = async () => (await readStore(session.worker)).ideas.filter((idea) => idea.ideaId === ideaId && idea.state === 'snoozed').length;
  const notNow = '[data-testid=nudge] .nudge-actions button:nth-last-child(2)';

  // The page clicks at the button's point with a script: the event is not trusted, nothing asks.
  const point = await overlay.evaluate<{ x: number; y: number }>(
    `function () { const r = this.querySelector(${JSON.stringify(notNow)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
  );
  await tab.evaluate(({ x, y }) => {
    document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
  }, point);
  expect(await overlay.count('[data-testid=overlay-confirm-step]')).toBe(0);

  // A real click asks; the page then makes the panel invisible, and the real Confirm is refused.
  await overlay.click(notNow);
  await overlay.waitFor('[data-testid=overlay-confirm-step]');
  await tab.addStyleTag({ content: 'animateur-overlay { opacity: 0 !important; }' });
  await pastDoubleClick();
  await overlay.click('[data-testid=overlay-confirm]');
  await overlay.waitFor('[data-testid=overlay-confirm-refused]');
  expect(await snoozed()).toBe(0);
  // Nor from the keyboard: Enter on the focused, invisible Confirm saves nothing.
  const focusConfirm = () => overlay.evaluate(`function () { this.querySelector('[data-testid=overlay-confirm]').focus(); }`);
  await focusConfirm();
  await tab.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 300));
  expect(await snoozed()).toBe(0);

  // In plain view, Enter on the focused Confirm (a real key press) sets the idea aside.
  await tab.evaluate(() => document.querySelectorAll('style').forEach((s) => s.textContent?.includes('animateur-overlay') && s.remove()));
  // IntersectionObserver v2 reports visibility again after its delay.
  await new Promise((r) => setTimeout(r, 300));
  await focusConfirm();
  await tab.keyboard.press('Enter');
  await expect.poll(snoozed, { timeout: 20_000 }).toBe(1);
  expect(session.errors).toEqual([]);
});
