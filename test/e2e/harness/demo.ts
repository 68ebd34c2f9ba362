import { saveBrowserUi } from './demo-browser-ui';
import { demoPagesHistory, serveDemoPages } from './demo-pages';
import { overlayIn } from './overlay';
import { openPopup } from './popup';
import { seedHistory } from './seed';
import { saveArtifact, startSession } from './session';
import { DASHBOARD_PAGE, extensionUrl, OPTIONS_PAGE, POPUP_PAGE } from './extension-browser';

const SCHEMES = ['light', 'dark'] as const;

/**
 * Every surface in a minute: the built extension in Chromium, a few months of history for five
 * pages, a tracked page with its overlay, a page the admin runs with the offer to track it, the
 * options page, the dashboard and the popup. Headless, it saves a screenshot of each, in light and
 * dark, to artifacts/demo-<surface>-<lang>-<scheme>.png, and prints what the toolbar badge shows.
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
  await (await overlayIn(tracked)).waitFor('[data-testid=overlay-last-status]');
  await (await overlayIn(owned)).waitFor('[data-testid=track-page]');

  if (!headless) {
    console.log('Animateur demo: click the toolbar icon (pinned) for the popup; close the browser to end.');
    await new Promise((resolve) => session.context.on('close', resolve));
    await session.server.close();
    return;
  }
  const lang = locale.slice(0, 2);
  const save = artifactSaver(locale);
  const dashboard = await session.context.newPage();
  await dashboard.setViewportSize({ width: 1200, height: 900 });
  await dashboard.goto(`${extensionUrl(session.extensionId, DASHBOARD_PAGE)}#facebook:lebistroduport`);
  await dashboard.locator('[data-testid=post-row]').first().waitFor();
  for (const scheme of SCHEMES) {
    for (const page of [options, owned, tracked, dashboard]) await page.emulateMedia({ colorScheme: scheme });
    // The X pages paint their own dark theme: the overlay follows the site, whatever the OS says.
    save('overlay', scheme, await tracked.screenshot());
    save('offer', scheme, await owned.screenshot());
    save('options', scheme, await options.screenshot({ fullPage: true }));
    save('dashboard', scheme, await dashboard.screenshot({ fullPage: true }));
    await tracked.setViewportSize({ width: 1024, height: 600 });
    save('overlay-1024x600', scheme, await tracked.screenshot());
    await tracked.setViewportSize({ width: 1280, height: 720 });

    const popup = await openPopup(session.context, session.worker, tracked);
    await popup.emulateColorScheme(scheme);
    await popup.waitFor('document.querySelector("[data-testid=follower-chart] svg")');
    save('popup', scheme, await popup.screenshot());
    // A week's markers, as a mouse over them shows them.
    await popup.evaluate(`document.querySelector('.detail-pane').scrollTop = document.querySelector('.audience').offsetTop - 16`);
    await popup.evaluate(`document.querySelectorAll('[data-testid=chart-post-group]')[8]?.dispatchEvent(new MouseEvent('mouseenter'))`);
    await popup.waitFor('document.querySelector("[data-testid=chart-tip]")');
    save('popup-chart-tip', scheme, await popup.screenshot());
    await popup.evaluate(`document.querySelector('.detail-pane').scrollTop = 0`);
    await popup.evaluate(`document.querySelector('[data-testid=page-row][data-page-id="linkedin:menuiserie-roux"]').click()`);
    await popup.waitFor(`document.querySelector('[data-testid=could-not-read]')`);
    save('popup-could-not-read', scheme, await popup.screenshot());
    await popup.close();
  }
  const badge = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return { text: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }), global: await chrome.action.getTitle({}) };
  });
  console.log(`Animateur demo (${lang}): badge on the tracked tab "${badge.text}", its tooltip "${badge.title}"; elsewhere "${badge.global}"`);
  await session.end();
  await saveEmptyPopup(locale, save);
  console.log(`Animateur demo: screenshots in artifacts/demo-*-${lang}-{light,dark}.png`);
}

/** Each picture goes to artifacts/demo-<surface>-<lang>-<scheme>.png. */
function artifactSaver(locale: string): (surface: string, scheme: string, png: Buffer) => void {
  return (surface, scheme, png) => saveArtifact(`demo-${surface}-${locale.slice(0, 2)}-${scheme}.png`, png);
}

/**
 * The browser's own UI around the extension, the toolbar badge and a reminder notification, in
 * the same files; run apart from runDemo, so that a machine without Xvfb still gets the rest.
 */
export async function runBrowserUiDemo(locale: string): Promise<void> {
  if (await saveBrowserUi(locale, SCHEMES, artifactSaver(locale))) {
    console.log(`Animateur demo: the browser's toolbar, popup and a notification in artifacts/demo-{badge,badge-elsewhere,popup-bubble,notification,screen}-${locale.slice(0, 2)}-{light,dark}.png`);
  }
}

/** The popup as a new admin sees it: a fresh profile, nothing tracked. */
async function saveEmptyPopup(locale: string, save: (surface: string, scheme: string, png: Buffer) => void): Promise<void> {
  const session = await startSession({ locale });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 720, height: 560 });
  await page.goto(extensionUrl(session.extensionId, POPUP_PAGE));
  await page.locator('[data-testid=empty-options]').waitFor();
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    save('popup-empty', scheme, await page.screenshot());
  }
  await session.end();
}
