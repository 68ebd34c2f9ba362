import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './extension-browser';
import { fixtureHtml } from '../../sites/fixture-html';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface Session extends ExtensionBrowser {
  server: FixtureServer;
  /** Serves the fixture page test/fixtures/<site>/<name> (a capture or a variant) at https://host/path. */
  serveFixture(host: string, path: string, site: string, name: string): void;
  end(): Promise<void>;
}

export async function startSession(options: LaunchOptions = {}): Promise<Session> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension(server.port, options);
  return {
    ...browser,
    server,
    serveFixture: (host, path, site, name) => server.route(host, path, fixtureHtml(site, name)),
    async end() {
      await browser.close();
      await server.close();
    },
  };
}

/** Screenshots are kept as test artifacts for a person to look at. */
export function saveArtifact(name: string, png: Buffer): void {
  mkdirSync('artifacts', { recursive: true });
  writeFileSync(join('artifacts', name), png);
}
