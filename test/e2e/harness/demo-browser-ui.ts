import type { Page, Worker } from 'playwright-core';
import { until } from '../../e2e-firefox/harness/firefox-session';
import { demoPagesHistory, serveDemoPages } from './demo-pages';
import { DIST, WINDOW } from './extension-browser';
import { overlayIn } from './overlay';
import { openPopup } from './popup';
import { unpackedExtensionId } from './window-profile';
import { fireReminderAlarm, remindAtAnyHour } from './reminders';
import { seedHistory } from './seed';
import { startSession, type Session } from './session';
import { missingXTools, startXDisplay, type Area, type XDisplay, type XWindow } from './x-display';

type Scheme = 'light' | 'dark';
type Save = (surface: string, scheme: Scheme, png: Buffer) => void;

/**
 * Where Chromium 156 draws things in its window, in CSS pixels: the tab strip and toolbar take
 * the top 88; the pinned icon is the first one left of the Extensions button, the profile
 * button and the menu, its middle 149 from the window's right edge.
 */
const TOOLBAR_BOTTOM = 88;
const PINNED_ICON = { fromRight: 149, y: 62 };
/** Chromium stacks its notification popups in the screen's bottom-right corner, a margin away. */
const CORNER_MARGIN = 64 * WINDOW.scale;

/**
 * The browser's own UI around the extension, as a person sees it on the screen: the toolbar
 * with the pinned icon, its badge and its tooltip, on the tracked tab and on another one; the
 * popup hanging from the icon; the reminder notification Chromium shows for an overdue page
 * (its own popup, as no notification service runs on the virtual screen), and the whole screen
 * then. Saved per language in light and dark; false when the X programs are missing, as a
 * line then says.
 */
export async function saveBrowserUi(locale: string, schemes: readonly Scheme[], save: Save): Promise<boolean> {
  const missing = missingXTools();
  if (missing) {
    console.log(`Animateur demo: no pictures of the toolbar badge or of a notification: ${missing}`);
    return false;
  }
  // As wide as the window, so that the browser keeps its tooltips inside it.
  const display = await startXDisplay(WINDOW.width * WINDOW.scale, 1600);
  try {
    for (const scheme of schemes) await saveScheme(display, locale, scheme, save);
  } finally {
    await display.close();
  }
  return true;
}

async function saveScheme(display: XDisplay, locale: string, scheme: Scheme, save: Save): Promise<void> {
  const session = await startSession({ locale, window: { display: display.name, dark: scheme === 'dark' } });
  try {
    if (session.extensionId !== unpackedExtensionId(DIST)) {
      throw new Error(`the extension got the id ${session.extensionId}, not the one pinned in the profile`);
    }
    const pages = serveDemoPages(session.server);
    await seedHistory(session, demoPagesHistory(Date.now()));
    // A tab of its own: the first one's address bar keeps the focus, its address selected.
    const first = session.context.pages()[0];
    const tracked = await session.context.newPage();
    await first?.close();
    await tracked.goto(pages.tracked);
    await (await overlayIn(tracked)).waitFor('[data-testid=overlay-last-status]');

    // The real reminder path: the alarm the worker sets, with reminders on at this hour.
    const before = await display.windows();
    await remindAtAnyHour(session.worker);
    await fireReminderAlarm(session.worker);
    await until(async () => Object.keys(await session.worker.evaluate(() => chrome.notifications.getAll())).length > 0, 'a reminder');
    await until(async () => cornerWindows(display, before), 'the notification on the screen');
    // Popups slide in: where they end up is read anew until the picture settles.
    const popupsNow = async () => {
      const popups = await cornerWindows(display, before);
      if (!popups) throw new Error('the notification left the screen before its picture settled');
      return around(popups);
    };
    save('notification', scheme, await steadyShot(display, popupsNow));
    save('screen', scheme, await display.screenshot());

    await tracked.bringToFront();
    await until(() => activeBadge(session.worker, pages.tracked), 'the badge on the tracked tab');
    save('badge', scheme, await toolbarShot(display));
    await savePopupBubble(display, session, tracked, scheme, save);
    const other = await session.context.newPage();
    await other.goto(pages.visited);
    await until(() => activeBadge(session.worker, pages.visited), 'the badge on an untracked tab');
    save('badge-elsewhere', scheme, await toolbarShot(display));
  } finally {
    await session.end();
  }
}

/** The badge text on the active tab, once that tab shows `url` and the worker has set it. */
async function activeBadge(worker: Worker, url: string): Promise<string> {
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.url === url ? chrome.action.getBadgeText({ tabId: tab.id! }) : '';
  }, url);
}

/** The windows shown since `before` that `keep` accepts; undefined while there is none. */
async function newWindows(display: XDisplay, before: XWindow[], keep: (w: XWindow) => boolean): Promise<XWindow[] | undefined> {
  const known = new Set(before.map((w) => w.id));
  const shown = (await display.windows()).filter((w) => !known.has(w.id) && keep(w));
  return shown.length ? shown : undefined;
}

/** New windows in the bottom-right corner since `before`: the notification popups. */
function cornerWindows(display: XDisplay, before: XWindow[]): Promise<XWindow[] | undefined> {
  return newWindows(display, before, (w) => w.x + w.width > display.width - CORNER_MARGIN && w.y + w.height > display.height - CORNER_MARGIN);
}

/**
 * The popup as the browser shows it, a bubble hanging from the pinned icon, once its chart is
 * drawn. Chromium draws the bubble inside its window (no X window of its own to find), so the
 * picture is the window's top-right part, as large as the popup page plus the toolbar and a margin.
 */
async function savePopupBubble(display: XDisplay, session: Session, tab: Page, scheme: Scheme, save: Save): Promise<void> {
  const popup = await openPopup(session.context, session.worker, tab);
  try {
    await popup.waitFor('document.querySelector("[data-testid=follower-chart] svg")', 30_000);
    const size = await popup.evaluate<{ width: number; height: number }>('({ width: innerWidth, height: innerHeight })');
    const width = Math.min(WINDOW.width, size.width + PINNED_ICON.fromRight + 32);
    const height = Math.min(WINDOW.height, TOOLBAR_BOTTOM + size.height + 32);
    const area = { x: (WINDOW.width - width) * WINDOW.scale, y: 0, width: width * WINDOW.scale, height: height * WINDOW.scale };
    save('popup-bubble', scheme, await steadyShot(display, async () => area));
  } finally {
    await popup.close();
  }
}

/**
 * The tab strip and toolbar, the pointer resting on the pinned icon so that its tooltip shows
 * below it. Without the tooltip (Chromium moved its icons), the toolbar alone, and a line says so.
 */
async function toolbarShot(display: XDisplay): Promise<Buffer> {
  const toolbar = { x: 0, y: 0, width: WINDOW.width * WINDOW.scale, height: TOOLBAR_BOTTOM * WINDOW.scale };
  // Away first: the tooltip shows on entering the icon, and after a tab switch it shows anew.
  await display.pointAt(toolbar.width / 2, (WINDOW.height / 2) * WINDOW.scale);
  const before = await display.windows();
  await display.pointAt((WINDOW.width - PINNED_ICON.fromRight) * WINDOW.scale, PINNED_ICON.y * WINDOW.scale);
  const belowIcon = (w: XWindow) => w.y >= toolbar.height / 2 && w.y < toolbar.height * 2;
  const tooltip = await until(async () => (await newWindows(display, before, belowIcon))?.[0], 'the icon tooltip').catch(() => undefined);
  if (!tooltip) console.log('Animateur demo: the pinned icon showed no tooltip where the demo pointed; the toolbar alone is saved');
  return steadyShot(display, async () => (tooltip ? around([toolbar, grown(tooltip, 8 * WINDOW.scale)]) : toolbar));
}

/** The smallest area holding all of them. */
function around(windows: Area[]): Area {
  const x = Math.min(...windows.map((w) => w.x));
  const y = Math.min(...windows.map((w) => w.y));
  const right = Math.max(...windows.map((w) => w.x + w.width));
  const bottom = Math.max(...windows.map((w) => w.y + w.height));
  return { x, y, width: right - x, height: bottom - y };
}

function grown(area: Area, margin: number): Area {
  return { x: area.x - margin, y: area.y - margin, width: area.width + 2 * margin, height: area.height + 2 * margin };
}

/** A picture of the area once two in a row are the same, area and pixels: popups and tooltips fade and slide in. */
async function steadyShot(display: XDisplay, areaNow: () => Promise<Area>): Promise<Buffer> {
  const shot = async () => {
    const area = await areaNow();
    return { key: JSON.stringify(area), png: await display.screenshot(area) };
  };
  let last = await shot();
  return until(async () => {
    await new Promise((r) => setTimeout(r, 250));
    const next = await shot();
    const same = next.key === last.key && next.png.equals(last.png);
    last = next;
    return same && next.png;
  }, 'the screen to settle');
}
