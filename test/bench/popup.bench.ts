/**
 * The popup at scale: 20 tracked pages with 5 years of history each (≈100k statuses, ≈36k
 * follower samples), time from opening the popup to its data shown (page list and the selected
 * page's chart drawn). Runs the built extension in Chromium; skipped without one.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../e2e/harness/extension-browser';
import { historyOf } from '../e2e/harness/sample-history';
import { seedHistory, writeHistory } from '../e2e/harness/seed';
import { startSession } from '../e2e/harness/session';
import { report } from './report';

const PAGES = 20;
const DAYS = 5 * 365;
const RUNS = 7;

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

if (!existsSync(CHROMIUM)) {
  console.error(`popup bench skipped: no Chromium at ${CHROMIUM}`);
} else {
  const session = await startSession();
  try {
    const now = Date.now();
    for (let p = 0; p < PAGES; p++) {
      const history = historyOf(
        { site: 'facebook', handle: `page${p}`, name: `Page ${p}`, url: `https://www.facebook.com/page${p}`, days: DAYS, everyDays: 0.365, silentDays: p % 5, followersFrom: 500, followersTo: 5000 + p * 100 },
        now,
        p + 1,
      );
      await (p === 0 ? seedHistory(session, history) : writeHistory(session, history));
    }
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await session.context.newPage();
      await tab.addInitScript(MARK_DATA_SHOWN);
      await tab.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
      // Polled from outside: the popup's CSP forbids the eval that waitForFunction would use.
      let shown: number | undefined;
      for (let tries = 0; shown === undefined && tries < 1200; tries++) {
        shown = await tab.evaluate<number | undefined>('window.__dataShownMs');
        if (shown === undefined) await new Promise((r) => setTimeout(r, 50));
      }
      if (shown === undefined) throw new Error('the popup did not show its data within a minute');
      times.push(shown);
      await tab.close();
    }
    times.sort((a, b) => a - b);
    report('popup.open_to_data_shown.20_pages_5_years', times[Math.floor(times.length / 2)]!, 'ms');
  } finally {
    await session.end();
  }
}
