import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { GECKO_ID } from '../../../scripts/firefox-manifest';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve('dist-firefox');
/** Fixed through extensions.webextensions.uuids, so the extension's addresses are known before install. */
export const EXTENSION_UUID = '5f0c4a3e-8b1d-4e2a-9c6f-7d3b2a1e0f94';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The extension's own pages in Firefox, at the paths the build gives them. */
export function firefoxExtensionUrl(path = ''): string {
  return `${EXTENSION_ORIGIN}/${path}`;
}

/** A raw WebDriver BiDi command, for what puppeteer does not wrap (chrome scope, navigate to extension pages). */
export type BidiSend = (method: string, params: object) => Promise<{ result: any }>;

/** What puppeteer's BiDi frames hold beyond the Page API: the context id and the raw session. */
interface BidiFrameInside {
  _id: string;
  browsingContext: { userContext: { browser: { session: { send: BidiSend } } } };
}
const inside = (page: Page) => page.mainFrame() as unknown as BidiFrameInside;

/** What the browser's console service received, from any process. */
export interface ConsoleEntry {
  level: 'error' | 'warning' | 'info';
  category: string;
  source: string;
  message: string;
}

/**
 * What Firefox itself reports when it tears down a tab or popup that a test closed, by their
 * exact text (the first line: the rest is the stack where it stopped our script). They name no
 * fault of ours. Firefox forwards them from the content and extension processes without the id
 * of the window they came from, so they cannot be tied to the closed window: hence exact texts
 * only. Anything else in an extension context is an error of ours.
 */
export const FIREFOX_TEARDOWN_MESSAGES: readonly string[] = [
  // A tab or popup closed while its content script or page waited on an answer: the WebExtension
  // framework drops the answer and says so (ExtensionCommon's context unload).
  'Promise resolved after context unloaded',
  "Promise rejected after context unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved",
  // A closing tab's running scripts are cancelled (the content script mid-render included).
  'Script terminated by timeout at:',
];

export interface FirefoxWithExtension {
  browser: Browser;
  /** An extension page in a tab of its own, from which the extension's APIs are driven. */
  control: Page;
  /** Runs `expression` with chrome privileges (the parent process's browser window); its value as JSON. */
  privileged<T>(expression: string): Promise<T>;
  /** Errors and warnings of the extension's contexts so far (its pages, background, content scripts). */
  errors(): Promise<string[]>;
  /**
   * The text of the element with this data-testid inside the overlay's closed shadow root on
   * `page`, or null while there is none. The page cannot reach that root; BiDi's serialization
   * of the host names it (includeShadowTree: 'all'), and a function then runs on it.
   */
  overlayText(page: Page, testId: string): Promise<string | null>;
  /** The middle of that element on the screen, for a real click there (page.mouse); null while there is none. */
  overlayPoint(page: Page, testId: string): Promise<{ x: number; y: number } | null>;
  /** Navigates an existing tab to an extension page (page.goto never sees their load event). */
  openExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Collects every message of the console service in the parent process, where Firefox forwards
 * errors of all processes (uncaught errors and rejections of extension pages, the background
 * and content scripts, and what the WebExtension framework reports about the add-on).
 */
const LISTEN_TO_CONSOLE = `(() => {
  globalThis.animateurConsole = [];
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      const level = message.flags & Ci.nsIScriptError.warningFlag ? 'warning' : message.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
      globalThis.animateurConsole.push({ level, category: message.category ?? '', source: message.sourceName ?? '', message: message.errorMessage.trim() });
    },
  });
  return true;
})()`;

/**
 * Debian's Firefox ESR driven over WebDriver BiDi, with the built extension installed as a
 * temporary add-on. Every hostname resolves to the local fixture server at `port` (both
 * schemes): the sites' real addresses are served there, and any other request lands there too.
 */
export async function launchFirefox(
  port: number,
  options: { locale?: string; dist?: string } = {},
): Promise<FirefoxWithExtension> {
  const lang = (options.locale ?? 'en-US').slice(0, 2);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Chrome-scope BiDi: the console service and the add-on manager, which no web content reaches.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'network.socket.forcePort': `443=${port};80=${port}`,
      // Firefox's own alert windows, whose state the notifications API reports, not the desktop's.
      'alerts.useSystemBackend': false,
      // The UI language (from the installed language pack) and the languages pages are offered.
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': lang === 'en' ? 'en-US, en' : `${options.locale}, ${lang}`,
    },
  });
  const control = (await browser.pages())[0] ?? (await browser.newPage());
  const session = inside(control).browsingContext.userContext.browser.session;
  const bidi: BidiSend = (method, params) => session.send(method, params);
  const { result: tree } = await bidi('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chromeContext: string = tree.contexts[0].context;
  const privileged = async <T>(expression: string): Promise<T> => {
    const { result } = await bidi('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails.text}`);
    return JSON.parse(result.result.value ?? 'null') as T;
  };
  await privileged(LISTEN_TO_CONSOLE);
  await browser.installExtension(options.dist ?? DIST_FIREFOX);

  const openExtensionPage = async (page: Page, path: string) => {
    await bidi('browsingContext.navigate', { context: inside(page)._id, url: firefoxExtensionUrl(path), wait: 'complete' });
  };
  await openExtensionPage(control, 'src/options/index.html');

  /** Runs `fn(root, testId)` on the overlay's shadow root in `page`; undefined while there is no overlay. */
  const onOverlayRoot = async (page: Page, fn: string, testId: string): Promise<{ type: string; value?: unknown } | undefined> => {
    const target = { context: inside(page)._id };
    const { result: host } = await bidi('script.evaluate', {
      expression: `document.querySelector('animateur-overlay')`,
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const root = host.result?.value?.shadowRoot?.sharedId;
    if (!root) return undefined;
    const { result } = await bidi('script.callFunction', {
      functionDeclaration: fn,
      arguments: [{ sharedId: root }, { type: 'string', value: testId }],
      target,
      awaitPromise: false,
    });
    return result.result;
  };
  const overlayText = async (page: Page, testId: string): Promise<string | null> => {
    const result = await onOverlayRoot(page, '(root, id) => root.querySelector(`[data-testid=${id}]`)?.textContent ?? null', testId);
    return result?.type === 'string' ? (result.value as string) : null;
  };
  const overlayPoint = async (page: Page, testId: string): Promise<{ x: number; y: number } | null> => {
    const result = await onOverlayRoot(
      page,
      '(root, id) => { const box = root.querySelector(`[data-testid=${id}]`)?.getBoundingClientRect(); return box ? JSON.stringify({ x: box.x + box.width / 2, y: box.y + box.height / 2 }) : null; }',
      testId,
    );
    return result?.type === 'string' ? JSON.parse(result.value as string) : null;
  };
  const consoleEntries = () => privileged<ConsoleEntry[]>('globalThis.animateurConsole');
  return {
    browser,
    control,
    privileged,
    overlayText,
    overlayPoint,
    async errors() {
      return (await consoleEntries())
        .filter((entry) => entry.level !== 'info' && isOurs(entry) && !isTeardown(entry.message))
        .map((entry) => `${entry.level} ${entry.source}: ${entry.message}`);
    },
    openExtensionPage,
    close: () => browser.close(),
  };
}

function isTeardown(message: string): boolean {
  return FIREFOX_TEARDOWN_MESSAGES.includes(message.split('\n')[0]!);
}

/** From one of the extension's contexts, or the framework's word about the add-on. */
function isOurs(entry: ConsoleEntry): boolean {
  return entry.source.startsWith(EXTENSION_ORIGIN) || entry.message.includes(`add-on ${GECKO_ID}`);
}
