/**
 * The popup at scale (test/bench/agency.ts): time from opening the popup to its data shown (page
 * list and the selected page's chart drawn). Runs the built extension in Chromium; skipped without one.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, extensionUrl, POPUP_PAGE } from '../e2e/harness/extension-browser';
import { startSession } from '../e2e/harness/session';
import { POPUP_DATA, seedAgency, timeToData } from './agency';
import { median, report } from './report';

const RUNS = 7;

if (!existsSync(CHROMIUM)) {
  console.error(`popup bench skipped: no Chromium at ${CHROMIUM}`);
} else {
  const session = await startSession();
  try {
    await seedAgency(session, Date.now());
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await timeToData(session, extensionUrl(session.extensionId, POPUP_PAGE), POPUP_DATA));
    report('popup.open_to_data_shown.20_pages_5_years', median(times), 'ms');
  } finally {
    await session.end();
  }
}
