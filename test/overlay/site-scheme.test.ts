import { describe, expect, test, vi } from 'vitest';
import { siteScheme } from '../../src/overlay/site-scheme';

/** Browsers report computed colours as rgb(); happy-dom echoes what it was given. */
function pageWith(body: string, html = '', layer?: string) {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.setAttribute('style', body);
  doc.documentElement.setAttribute('style', html);
  const inner = doc.body.appendChild(doc.createElement('div'));
  if (layer) inner.setAttribute('style', layer);
  // The point behind the overlay: our own host on top, then the site's layer, body, root.
  doc.elementsFromPoint = () => [own, inner, doc.body, doc.documentElement];
  return doc;
}
const own = document.createElement('animateur-overlay');
own.setAttribute('style', 'background-color: rgb(255, 255, 255)');
const scheme = (doc: Document) => siteScheme(doc, { x: 10, y: 10 }, own);

describe('siteScheme', () => {
  test('a document being torn down (Firefox: getComputedStyle gives null) leaves the OS to decide, without throwing', () => {
    const spy = vi.spyOn(window, 'getComputedStyle').mockReturnValue(null as unknown as CSSStyleDeclaration);
    try {
      expect(scheme(pageWith('background-color: rgb(0, 0, 0)'))).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });
  test("X's dark theme (black body) is dark, whatever the OS prefers", () => {
    expect(scheme(pageWith('background-color: rgb(0, 0, 0)'))).toBe('dark');
  });
  test("Facebook's dark grey and YouTube's near-black are dark; white and light grey are light", () => {
    expect(scheme(pageWith('background-color: rgb(24, 25, 26)'))).toBe('dark');
    expect(scheme(pageWith('background-color: rgb(15, 15, 15)'))).toBe('dark');
    expect(scheme(pageWith('background-color: rgb(255, 255, 255)'))).toBe('light');
    expect(scheme(pageWith('background-color: rgb(240, 242, 245)'))).toBe('light');
  });
  test("X paints its black on an inner layer over a transparent body: that layer decides", () => {
    expect(scheme(pageWith('', '', 'background-color: rgb(0, 0, 0)'))).toBe('dark');
    expect(scheme(pageWith('background-color: rgb(0, 0, 0)', '', 'background-color: rgba(255, 255, 255, 0.95)'))).toBe('light');
  });
  test('a transparent body falls back to the root, then to no opinion', () => {
    expect(scheme(pageWith('background-color: transparent', 'background-color: rgb(21, 32, 43)'))).toBe('dark');
    expect(scheme(pageWith(''))).toBeUndefined();
  });
});
