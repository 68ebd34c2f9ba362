/**
 * Loads a site fixture as the adapter sees it: a happy-dom document at the page's own URL,
 * scripts inert, with the fixed clock its .expected.json was written against.
 *
 * test/fixtures/<site>/<name>.html (or .variant.json, see fixture-html.ts) + <name>.expected.json:
 *   { "url": "https://…", "now": "2025-11-03T00:00:00.000Z", "observation": Observation | null }
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { adapterFor } from '../../src/sites/index';
import { FIXTURES, fixtureHtml } from './fixture-html';
import type { Observation, SiteAdapter } from '../../src/sites/types';

/** Parsing a real capture (up to ~700 kB) can be slow on a loaded machine; this bounds a hang, it times nothing. */
const LOAD_BUDGET_MS = 30_000;


export interface Fixture {
  doc: Document;
  url: URL;
  now: Date;
  expected: Observation | null;
}

export function loadFixture(site: string, name: string): Fixture {
  const base = resolve(FIXTURES, site, name);
  const spec = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as {
    url: string;
    now: string;
    observation: Observation | null;
  };
  const window = new Window({
    url: spec.url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  window.document.write(fixtureHtml(site, name));
  return {
    doc: window.document as unknown as Document,
    url: new URL(spec.url),
    now: new Date(spec.now),
    expected: spec.observation,
  };
}

/** Observes every fixture with the adapter and checks the whole observation against its .expected.json. */
export function expectFixturesObserved(adapter: SiteAdapter, names: readonly string[]): void {
  for (const name of names) {
    test(`${adapter.site}/${name} reads as expected`, () => {
      const { doc, url, now, expected } = loadFixture(adapter.site, name);
      expect(adapterFor(url)).toBe(adapter);
      expect(adapter.observe(doc, url, now)).toEqual(expected);
    }, LOAD_BUDGET_MS);
  }
}

/** Pages of the site that are not a page to track (feed, search, settings): no match, and null if observed. */
export function expectNotPages(adapter: SiteAdapter, fixture: string, urls: readonly string[]): void {
  for (const href of urls) {
    test(`${adapter.site}: ${href} is not a page`, () => {
      const { doc, now } = loadFixture(adapter.site, fixture);
      const url = new URL(href);
      expect(adapter.matches(url)).toBe(false);
      expect(adapter.observe(doc, url, now)).toBeNull();
    }, LOAD_BUDGET_MS);
  }
}
