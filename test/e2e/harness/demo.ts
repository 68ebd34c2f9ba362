import { demoPagesHistory, serveDemoPages } from './demo-pages';
import { openPopup } from './popup';
import { seedHistory } from './seed';
import { saveArtifact, startSession } from './session';
import { extensionUrl, OPTIONS_PAGE } from './extension-browser';

/**
 * Every surface in a minute: the built extension in Chromium, a few months of history for five
 * pages, a tracked page with its overlay, a page the admin runs with the offer to track it, the
 * options page and the popup. Headless, it saves a screenshot of each to artifacts/demo-*.png.
 */
export async function runDemo({ headless, locale }: { headless: boolean; locale: string }): Promise<void> {
  const session = await startSession({ locale, headless });
  const pages = serveDemoPages(session.server);
  await seedHistory(session, demoPagesHistory(Date.now()));

  const options = await session.context.newPage();
  await options.goto(extensionUrl(session.extensionId, OPTIONS_PAGE));
  const owned = await session.context.newPage();
  await owned.goto(pages.owned);
  const tracked = await session.context.newPage();
  await tracked.goto(pages.tracked);
  await tracked.locator('animateur-overlay [data-testid=overlay-last-status]').waitFor();
  await owned.locator('animateur-overlay [data-testid=track-page]').waitFor();

  if (!headless) {
    console.log('Animateur demo: click the toolbar icon (pin it from the puzzle menu) for the popup; close the browser to end.');
    await new Promise((resolve) => session.context.on('close', resolve));
    await session.server.close();
    return;
  }
  const lang = locale.slice(0, 2);
  saveArtifact(`demo-overlay-${lang}.png`, await tracked.screenshot());
  saveArtifact(`demo-offer-${lang}.png`, await owned.screenshot());
  saveArtifact(`demo-options-${lang}.png`, await options.screenshot({ fullPage: true }));
  const popup = await openPopup(session.context, session.worker, tracked);
  await popup.waitFor('document.querySelector("[data-testid=follower-chart] svg")');
  saveArtifact(`demo-popup-${lang}.png`, await popup.screenshot());
  await popup.close();
  await session.end();
  console.log(`Animateur demo: screenshots in artifacts/demo-*-${lang}.png`);
}
