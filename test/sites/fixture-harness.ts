/**
 * Loads a captured page as the adapter would see it: test/fixtures/<site>/<name>.html parsed
 * into its own happy-dom Document at the page's URL (scripts never run), beside
 * <name>.expected.json = { url, now, observation }. `now` pins relative dates ("2 h").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { Observation, SiteId } from '../../src/sites/types';

export interface Fixture {
  doc: Document;
  url: URL;
  now: Date;
  expected: Observation | null;
}

interface ExpectedFile {
  url: string;
  now: string;
  observation: Observation | null;
}

// A path, not new URL(…, import.meta.url): under happy-dom, URL is the DOM's, not Node's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function loadFixture(site: SiteId, name: string): Fixture {
  const base = join(FIXTURES, site, name);
  const file = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as ExpectedFile;
  const window = new Window({
    url: file.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(readFileSync(`${base}.html`, 'utf8'));
  return {
    doc: window.document as unknown as Document,
    url: new URL(file.url),
    now: new Date(file.now),
    expected: file.observation,
  };
}
