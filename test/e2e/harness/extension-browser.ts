import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_HOSTS } from './fixture-server';
import { writeWindowPreferences } from './window-profile';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = resolve('dist');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Console errors from any of the extension's contexts and fixture pages. */
  errors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  dist?: string;
  headless?: boolean;
  /**
   * A visible window at the top left of this X display (the demo's Xvfb), drawn at twice the
   * pixels so its pictures stay sharp; `dark` puts Chromium's own UI (tabs, toolbar, tooltips,
   * notification popups) in the desktop's dark theme, and the pages' prefers-color-scheme with it.
   */
  window?: { display: string; dark: boolean };
}

/** The window's size in CSS pixels, and how many device pixels each of them takes. */
export const WINDOW = { width: 1280, height: 760, scale: 2 };

/** Debian's Chromium with the built extension loaded, the real site hosts mapped to `port`. */
export async function launchWithExtension(port: number, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  const headless = options.headless ?? !options.window;
  const profile = mkdtempSync(join(tmpdir(), 'animateur-profile-'));
  if (!headless) writeWindowPreferences(profile, dist);
  const { window } = options;
  // Every other hostname lands on the same local server too: a request that should never
  // happen is then recorded there instead of vanishing into the closed network.
  const hostRules = [...FIXTURE_HOSTS, '*'].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    locale: options.locale ?? 'en-US',
    env: browserEnv(options.locale ?? 'en-US', window),
    // In a window, the page is as large as the window leaves it, and follows the UI's theme
    // (the demo's, or on a person's desktop the desktop's own: no emulated scheme).
    ...(!headless && { viewport: null, colorScheme: window ? (window.dark ? 'dark' : 'light') : null }),
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
      `--lang=${options.locale ?? 'en-US'}`,
      // No bar about the flags above, which a person's browser never shows.
      ...(window
        ? ['--test-type', '--window-position=0,0', `--window-size=${WINDOW.width},${WINDOW.height}`, `--force-device-scale-factor=${WINDOW.scale}`, ...(window.dark ? ['--force-dark-mode'] : [])]
        : []),
    ],
  });
  const errors: string[] = [];
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  worker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`service worker: ${message.text()}`);
  });
  context.on('page', (page) =>
    page.on('console', (message) => {
      // Fixture pages are saved sites whose own leftovers may complain; ours are prefixed.
      if (message.type() === 'error' && /animateur/i.test(message.text())) errors.push(`page: ${message.text()}`);
    }),
  );
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    errors,
    close: () => context.close(),
  };
}

/** Chromium's environment: its UI language, and for a window the screen and the desktop's theme. */
function browserEnv(locale: string, window: LaunchOptions['window']): NodeJS.ProcessEnv {
  // On Linux, Chromium picks its UI language (and so chrome.i18n's) from LANGUAGE, not --lang.
  const env: NodeJS.ProcessEnv = { ...process.env, LANGUAGE: locale.replace('-', '_') };
  if (!window) return env;
  // Without the desktop's session bus, no notification service there takes the reminders off
  // the window's screen: Chromium draws its own popups on it.
  delete env.DBUS_SESSION_BUS_ADDRESS;
  // The desktop's theme, light or dark, as Chromium's GTK appearance reads it.
  return { ...env, DISPLAY: window.display, GTK_THEME: window.dark ? 'Adwaita:dark' : 'Adwaita' };
}

/** The extension's own pages, at the paths the build gives them. */
export const POPUP_PAGE = 'src/popup/index.html';
export const OPTIONS_PAGE = 'src/options/index.html';
export const DASHBOARD_PAGE = 'src/dashboard/index.html';

/** An address inside the extension: one of its pages, or with no path its origin. */
export function extensionUrl(extensionId: string, path = ''): string {
  return `chrome-extension://${extensionId}/${path}`;
}
