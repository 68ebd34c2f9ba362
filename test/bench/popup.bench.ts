/**
 * The popup at scale: time from opening the popup to its data shown (page list and the selected
 * page's chart drawn), with 20 tracked pages of 5 years each (≈100k statuses, ≈36k follower
 * samples) against one page of one month. Two browsers run the built extension side by side and
 * are timed in alternation, so the ratio compares runs made under the same load. Skipped without
 * Chromium.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, extensionUrl, POPUP_PAGE } from '../e2e/harness/extension-browser';
import { historyOf } from '../e2e/harness/sample-history';
import { seedHistory, writeHistory } from '../e2e/harness/seed';
import { startSession, type Session } from '../e2e/harness/session';
import { median, report } from './report';

const PAGES = 20;
const DAYS = 5 * 365;
const RUNS = 9;

// A string, not a function: it runs before the popup's own script, and must not be rewritten
// by the TypeScript loader. Records when the list and the chart are first both on screen.
const MARK_DATA_SHOWN = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=page-row]') && document.querySelector('[data-testid=follower-chart] polyline')) {
      window.__dataShownMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** A browser running the extension, holding `pages` pages of `days` days of history each. */
async function seeded(pages: number, days: number): Promise<Session> {
  const session = await startSession();
  const now = Date.now();
  for (let p = 0; p < pages; p++) {
    const history = historyOf(
      { site: 'facebook', handle: `page${p}`, name: `Page ${p}`, url: `https://www.facebook.com/page${p}`, days, everyDays: 0.365, silentDays: p % 5, followersFrom: 500, followersTo: 5000 + p * 100 },
      now,
      p + 1,
    );
    await (p === 0 ? seedHistory(session, history) : writeHistory(session, history));
  }
  return session;
}

/** Opens the popup in a tab: milliseconds from its start to the list and the chart both shown. */
async function openToData(session: Session): Promise<number> {
  const tab = await session.context.newPage();
  await tab.addInitScript(MARK_DATA_SHOWN);
  await tab.goto(extensionUrl(session.extensionId, POPUP_PAGE));
  // Polled from outside: the popup's CSP forbids the eval that waitForFunction would use.
  let shown: number | undefined;
  for (let tries = 0; shown === undefined && tries < 1200; tries++) {
    shown = await tab.evaluate<number | undefined>('window.__dataShownMs');
    if (shown === undefined) await new Promise((r) => setTimeout(r, 50));
  }
  await tab.close();
  if (shown === undefined) throw new Error('the popup did not show its data within a minute');
  return shown;
}

if (!existsSync(CHROMIUM)) {
  console.error(`popup bench skipped: no Chromium at ${CHROMIUM}`);
} else {
  const large = await seeded(PAGES, DAYS);
  const small = await seeded(1, 30);
  try {
    const largeTimes: number[] = [];
    const smallTimes: number[] = [];
    // A first opening of each, not counted: both browsers have their caches warm alike.
    await openToData(large);
    await openToData(small);
    for (let run = 0; run < RUNS; run++) {
      // In turns, so that neither profits from running after the other.
      if (run % 2) smallTimes.push(await openToData(small));
      largeTimes.push(await openToData(large));
      if (!(run % 2)) smallTimes.push(await openToData(small));
    }
    report('popup.open_to_data_shown.20_pages_5_years', median(largeTimes), 'ms');
    report('popup.open_to_data_shown.1_page_1_month', median(smallTimes), 'ms');
    report('popup.open.20p5y_vs_1p1m.ratio', median(largeTimes.map((time, i) => time / smallTimes[i]!)), 'ratio');
  } finally {
    await large.end();
    await small.end();
  }
}
