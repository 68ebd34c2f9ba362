import { describe, expect, test } from 'vitest';
import { siteScheme } from '../../src/overlay/site-scheme';

/** Browsers report computed colours as rgb(); happy-dom echoes what it was given. */
function pageWith(body: string, html = '') {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.setAttribute('style', body);
  doc.documentElement.setAttribute('style', html);
  return doc;
}

describe('siteScheme', () => {
  test("X's dark theme (black body) is dark, whatever the OS prefers", () => {
    expect(siteScheme(pageWith('background-color: rgb(0, 0, 0)'))).toBe('dark');
  });
  test("Facebook's dark grey and YouTube's near-black are dark; white and light grey are light", () => {
    expect(siteScheme(pageWith('background-color: rgb(24, 25, 26)'))).toBe('dark');
    expect(siteScheme(pageWith('background-color: rgb(15, 15, 15)'))).toBe('dark');
    expect(siteScheme(pageWith('background-color: rgb(255, 255, 255)'))).toBe('light');
    expect(siteScheme(pageWith('background-color: rgb(240, 242, 245)'))).toBe('light');
  });
  test('a transparent body falls back to the root, then to no opinion', () => {
    expect(siteScheme(pageWith('background-color: transparent', 'background-color: rgb(21, 32, 43)'))).toBe('dark');
    expect(siteScheme(pageWith(''))).toBeUndefined();
  });
});
