// Checks on what is shipped (dist/ and dist-firefox/), not on the sources: permissions are
// the allowed ones, and the bundle carries no remote URL and no code built from strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SUPPORTED_HOSTS = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  // Facebook's mobile and basic sites: a Page there is read from its older markup (data-ft).
  'https://m.facebook.com/*',
  'https://mbasic.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.instagram.com/*',
  'https://bsky.app/*',
  'https://www.linkedin.com/*',
  // Country subdomains (uk., fr., de.linkedin.com …) serve the same company pages.
  'https://*.linkedin.com/*',
  'https://www.youtube.com/*',
];
/**
 * Each one is used: alarms and notifications for reminders; storage for per-page UI state and
 * observations waiting for disk space; scripting and activeTab to run the content script on a
 * Mastodon instance the admin grants (optional host permission); scripting again to inject the
 * overlay where it shows.
 */
const ALLOWED_PERMISSIONS = ['alarms', 'notifications', 'storage', 'scripting', 'activeTab'];
/** Markup namespaces that Preact compares against; never fetched. */
const XML_NAMESPACES = ['http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg'];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe.each(['dist', 'dist-firefox'])('%s', (dist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const code = files(dist)
    .filter((f) => /\.(js|html)$/.test(f))
    .map((f) => [f, readFileSync(f, 'utf8')] as const);

  test('asks only for the supported sites and the permissions it uses', () => {
    expect(manifest.host_permissions).toEqual(SUPPORTED_HOSTS);
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // Mastodon runs on any host: asked for per instance, at run time, only when the user adds one.
    for (const optional of manifest.optional_host_permissions ?? []) expect(optional).toBe('https://*/*');
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) expect(SUPPORTED_HOSTS).toContain(match);
    }
  });

  test('exposes no file to web pages', () => {
    // The Mastodon instances' script and the overlay are injected by chrome.scripting, which needs
    // no exposure; the manifest's are injected by the browser. Exposed, any site could fetch one to detect us.
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test("each site's content script carries its own adapter only, and no overlay until a page shows it", () => {
    const isolated = manifest.content_scripts.filter((script: { world?: string }) => script.world !== 'MAIN');
    const scripts: [string, string][] = isolated.map(({ js: [file] }: { js: [string] }) => [file, readFileSync(join(dist, file), 'utf8')]);
    scripts.push(['mastodon', readFileSync(join(dist, 'src/content/sites/mastodon.js'), 'utf8')]);
    const adapters: [string, string[]][] = scripts.map(([file, text]) => [file, [...new Set([...text.matchAll(/site:["'`](\w+)["'`]/g)].map((m) => m[1]!))]]);
    // One adapter per script, each site once: seven scripts for seven sites.
    expect(adapters.every(([, sites]) => sites.length === 1)).toBe(true);
    expect(new Set(adapters.flatMap(([, sites]) => sites)).size).toBe(7);
    for (const [file, text] of scripts) {
      expect(text, file).not.toMatch(/\battachShadow\b/);
      expect(text, file).not.toMatch(/^\s*import\s|\bfrom\s*["'`]\.\.?\//m);
    }
    // The overlay: one classic script (scripting.executeScript runs no module), injected by the worker.
    const overlay = readFileSync(join(dist, 'src/overlay/overlay-script.js'), 'utf8');
    expect(overlay).toMatch(/\battachShadow\b/);
    expect(overlay).not.toMatch(/^\s*(?:import|export)\s|\bfrom\s*["'`]\.\.?\//m);
    const worker = files(dist).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('src/overlay/overlay-script.js'));
    expect(worker.length).toBeGreaterThan(0);
  });

  test('no remote URL in the code: only the supported sites (links, never fetched) and XML namespaces', () => {
    const supportedOrigins = SUPPORTED_HOSTS.map((pattern) => pattern.replace('/*', ''));
    for (const [file, text] of code) {
      for (const [url] of text.matchAll(/https?:\/\/[^"'`\s)<>]+/g)) {
        // The one pattern built at run time: the host permission asked for one Mastodon server.
        const instancePattern = /^https:\/\/\$\{[\w.]+\}\/\*$/.test(url);
        const allowed =
          instancePattern || XML_NAMESPACES.includes(url) || supportedOrigins.some((origin) => url === origin || url.startsWith(`${origin}/`));
        expect(allowed, `${file}: ${url}`).toBe(true);
      }
    }
  });

  test('no eval, no new Function, no string timers', () => {
    for (const [file, text] of code) {
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
      expect(text, file).not.toMatch(/set(?:Timeout|Interval)\s*\(\s*["'`]/);
    }
  });

  // Mastodon's is registered at run time (background/mastodon-hosts.ts), at its fixed path.
  test.each(['https://www.facebook.com/*', 'https://www.youtube.com/*', 'https://www.instagram.com/*', 'mastodon'])('the content script for %s leaves the date parser (its locale tables from Intl) to the worker', (site) => {
    const script = manifest.content_scripts.find((entry: { matches: string[]; world?: string }) => entry.world !== 'MAIN' && entry.matches.includes(site));
    const text = readFileSync(join(dist, script?.js[0] ?? 'src/content/sites/mastodon.js'), 'utf8');
    expect(text).not.toMatch(/\bRelativeTimeFormat\b|\bPluralRules\b/);
    expect(text).toMatch(/["'`]read-dates["'`]/);
  });

  test('no remote code allowed by the content security policy', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
  });
});

test('the Firefox manifest declares its add-on id and that it collects no data', () => {
  const manifest = JSON.parse(readFileSync('dist-firefox/manifest.json', 'utf8'));
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: expect.stringMatching(/@/),
    data_collection_permissions: { required: ['none'] },
  });
  expect(manifest.background.scripts).toHaveLength(1);
  expect(manifest.background.service_worker).toBeUndefined();
});
