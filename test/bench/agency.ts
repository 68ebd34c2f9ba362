/**
 * The agency at scale that the popup and dashboard benches open: 20 tracked pages with 5 years of
 * history each (≈100k posts, ≈36k follower samples), and the time an extension page takes from
 * opening to its data on screen.
 */
import { historyOf } from '../e2e/harness/sample-history';
import { seedHistory, writeHistory } from '../e2e/harness/seed';
import type { Session } from '../e2e/harness/session';
import { openPopup } from '../e2e/harness/popup';
import type { Page } from 'playwright-core';

/** `pages` pages of `days` days of history each; by default the agency (20 pages, 5 years). */
export async function seedAgency(session: Session, now: number, pages = 20, days = 5 * 365): Promise<void> {
  for (let p = 0; p < pages; p++) {
    const history = historyOf(
      { site: 'facebook', handle: `page${p}`, name: `Page ${p}`, url: `https://www.facebook.com/page${p}`, days, everyDays: 0.365, silentDays: p % 5, followersFrom: 500, followersTo: 5000 + p * 100 },
      now,
      p + 1,
    );
    await (p === 0 ? seedHistory(session, history) : writeHistory(session, history));
  }
}

/** A page expression: true once every selector is on screen. */
const allShown = (selectors: readonly string[]) => `${JSON.stringify(selectors)}.every((s) => document.querySelector(s))`;

/**
 * A string, not a function: it runs before the page's own script, and must not be rewritten by
 * the TypeScript loader. Records when every selector is first on screen.
 */
function markWhenShown(selectors: readonly string[]): string {
  return `
    new MutationObserver((_, observer) => {
      if (${allShown(selectors)}) {
        window.__dataShownMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  `;
}

/** Milliseconds from navigation to the selectors all shown, in a fresh tab. */
export async function timeToData(session: Session, url: string, selectors: readonly string[]): Promise<number> {
  const tab = await session.context.newPage();
  await tab.addInitScript(markWhenShown(selectors));
  await tab.goto(url);
  // Polled from outside: extension pages' CSP forbids the eval that waitForFunction would use.
  let shown: number | undefined;
  for (let tries = 0; shown === undefined && tries < 1200; tries++) {
    shown = await tab.evaluate<number | undefined>('window.__dataShownMs');
    if (shown === undefined) await new Promise((r) => setTimeout(r, 50));
  }
  await tab.close();
  if (shown === undefined) throw new Error(`${url} did not show its data within a minute`);
  return shown;
}

/**
 * Milliseconds from the toolbar popup's loading to the selectors all shown, opened as a user opens
 * it: chrome.action.openPopup() over the already active `tab`. Opening it in a tab of its own
 * would activate that tab, and the worker refreshes every badge on tab activation: a cost a real
 * popup never meets. The script that records the time must run before the popup's own, which
 * only a load of the popup's own view allows: the one timed is the popup reloaded in place, once
 * its first load has shown its data.
 */
export async function popupTimeToData(session: Session, tab: Page, selectors: readonly string[]): Promise<number> {
  const popup = await openPopup(session.context, session.worker, tab);
  try {
    await popup.waitFor(allShown(selectors), 60_000);
    // A user opens the popup seconds or more after the last time, its garbage collected while
    // idle; the reload comes at once after a whole load (and the last timing's), and paid for
    // collecting their garbage: some 25 ms more at 20 pages, nothing at one page.
    await popup.collectGarbage();
    await popup.reloadWith(markWhenShown(selectors));
    return await popup.waitFor<number>('window.__dataShownMs', 60_000);
  } finally {
    await popup.close();
  }
}

/** What the popup shows first: the page list and the selected page's curve. */
export const POPUP_DATA = ['[data-testid=page-row]', '[data-testid=follower-chart] polyline'];
/** What the dashboard shows first: the rows, and the first page's curve and posts. */
export const DASHBOARD_DATA = ['[data-testid=dashboard-page-row]', '[data-testid=follower-chart] polyline', '[data-testid=post-row]'];
