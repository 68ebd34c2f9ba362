import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Real hostnames whose pages the tests serve locally (Chromium maps them to this server). */
export const FIXTURE_HOSTS = [
  'www.facebook.com',
  'x.com',
  'twitter.com',
  'www.instagram.com',
  'bsky.app',
  'www.linkedin.com',
  'www.youtube.com',
] as const;

export interface FixtureServer {
  port: number;
  /** Serve `html` at https://host/path (the path exactly, without query). */
  route(host: string, path: string, html: string): void;
  /** Every request the server saw, as host + path. */
  requests: string[];
  close(): Promise<void>;
}

/** A self-signed certificate made for this run only (no key is ever committed). */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'animateur-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=animateur-fixtures',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(host + path);
    const html = routes.get(host + path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route: (host, path, html) => routes.set(host + path, html),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
