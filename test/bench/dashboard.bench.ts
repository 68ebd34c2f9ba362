/**
 * The dashboard at scale (test/bench/agency.ts): time from opening it to its data shown (every
 * row, and the first page's curve and posts), and its ratio to the popup's open, each pair timed
 * in turns in the same browser so that a noisy neighbour slows both alike. Skipped without Chromium.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, DASHBOARD_PAGE, extensionUrl, POPUP_PAGE } from '../e2e/harness/extension-browser';
import { startSession } from '../e2e/harness/session';
import { DASHBOARD_DATA, POPUP_DATA, seedAgency, timeToData } from './agency';
import { median, report } from './report';

const RUNS = 7;

if (!existsSync(CHROMIUM)) {
  console.error(`dashboard bench skipped: no Chromium at ${CHROMIUM}`);
} else {
  const session = await startSession();
  try {
    await seedAgency(session, Date.now());
    const dashboard = () => timeToData(session, extensionUrl(session.extensionId, DASHBOARD_PAGE), DASHBOARD_DATA);
    const popup = () => timeToData(session, extensionUrl(session.extensionId, POPUP_PAGE), POPUP_DATA);
    const times: number[] = [];
    const ratios: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [first, second] = run % 2 ? [await popup(), await dashboard()] : [await dashboard(), await popup()];
      const [dashboardMs, popupMs] = run % 2 ? [second, first] : [first, second];
      times.push(dashboardMs);
      ratios.push(dashboardMs / popupMs);
    }
    report('dashboard.open_to_data.20p5y', median(times), 'ms');
    report('dashboard.vs_popup.20p5y.ratio', median(ratios), 'ratio');
  } finally {
    await session.end();
  }
}
