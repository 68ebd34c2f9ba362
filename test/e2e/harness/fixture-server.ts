import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createPlainServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
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
  'fr.linkedin.com',
  'www.youtube.com',
] as const;

export interface UnexpectedRequest {
  request: string;
  /** The Origin or Referer it carried ("browser" when none: Chromium's own services). */
  from: string;
}

export interface FixtureServer {
  port: number;
  /** Serve `html` at https://host/path (the path exactly, without query). */
  route(host: string, path: string, html: string): void;
  /** Every request the server saw, as host + path. */
  requests: string[];
  /** Requests for no served page, with who made them. */
  unexpected: UnexpectedRequest[];
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

/** Who asked: the page or extension page a request came from, or the browser itself. */
function initiator(req: IncomingMessage): string {
  return String(req.headers.origin ?? req.headers.referer ?? 'browser');
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const requests: string[] = [];
  const unexpected: UnexpectedRequest[] = [];
  const handle = (scheme: string) => (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(host + path);
    const html = scheme === 'https' ? routes.get(host + path) : undefined;
    if (html === undefined) {
      unexpected.push({ request: `${req.method} ${scheme}://${host}${req.url}`, from: initiator(req) });
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };
  // One port for both schemes (the host rules cannot tell them apart): a connection opening
  // with a TLS handshake goes to the HTTPS server, anything else to the plain one.
  const secure = createSecureServer(makeCertificate(), handle('https'));
  const plain = createPlainServer(handle('http'));
  const front = createNetServer({ pauseOnConnect: true }, (socket) => {
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return void socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  return {
    port: (front.address() as AddressInfo).port,
    route: (host, path, html) => routes.set(host + path, html),
    requests,
    unexpected,
    close: () =>
      new Promise((resolve) => {
        secure.close();
        plain.close();
        front.close(() => resolve());
      }),
  };
}
