import type { Page } from 'puppeteer-core';
import { fixtureHtml } from '../../sites/fixture-html';
import { startFixtureServer, type FixtureServer } from '../../e2e/harness/fixture-server';
import { storeAccess, type StoredData } from '../../e2e/harness/store-reader';
import { launchFirefox, type FirefoxWithExtension } from './firefox-browser';

export interface FirefoxSession extends FirefoxWithExtension {
  server: FixtureServer;
  /** Serves the fixture page test/fixtures/<site>/<name> (a capture or a variant) at https://host/path. */
  serveFixture(host: string, path: string, site: string, name: string): void;
  /**
   * Runs `fn` in the control tab, an extension page: it reaches the extension's APIs and its
   * IndexedDB as the background does. Sent as source, so it must be self-contained.
   */
  ext<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  readStore(): Promise<StoredData>;
  clearStore(): Promise<void>;
  /** A new tab at `url`, loaded. */
  open(url: string): Promise<Page>;
  end(): Promise<void>;
}

export async function startFirefoxSession(options: Parameters<typeof launchFirefox>[1] = {}): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  const firefox = await launchFirefox(server.port, options);
  const ext = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => firefox.control.evaluate(fn as never, arg) as Promise<T>;
  return {
    ...firefox,
    server,
    serveFixture: (host, path, site, name) => server.route(host, path, fixtureHtml(site, name)),
    ext,
    readStore: () => ext(storeAccess, 'read'),
    clearStore: async () => void (await ext(storeAccess, 'clear')),
    async open(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async end() {
      await firefox.close();
      await server.close();
    },
  };
}

/** What a truthy check leaves of T. */
type Truthy<T> = Exclude<T, undefined | null | false | 0 | ''>;

/** Polls `probe` until it returns something truthy; the machine is shared, so the wait is generous. */
export async function until<T>(probe: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
