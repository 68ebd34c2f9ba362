import { describe, expect, test } from 'vitest';
import { freeCorner } from '../../src/overlay/placement';

/** A page whose controls are the given boxes; elementsFromPoint answers from them. */
function pageWith(controls: { left: number; top: number; right: number; bottom: number }[]) {
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc.documentElement, 'clientWidth', { value: 1200 });
  Object.defineProperty(doc.documentElement, 'clientHeight', { value: 800 });
  const buttons = controls.map(() => doc.body.appendChild(doc.createElement('button')));
  doc.elementsFromPoint = (x: number, y: number) =>
    controls.flatMap((c, i) => (x >= c.left && x <= c.right && y >= c.top && y <= c.bottom ? [buttons[i]!] : []));
  return doc;
}
const size = { width: 320, height: 320 };

describe('freeCorner', () => {
  test('bottom right on a page with nothing in its corners', () => {
    const doc = pageWith([]);
    expect(freeCorner(doc, size, doc.createElement('div'))).toBe('bottom-right');
  });

  test('moves away from a chat drawer in the bottom right', () => {
    const doc = pageWith([{ left: 900, top: 700, right: 1200, bottom: 800 }]);
    expect(freeCorner(doc, size, doc.createElement('div'))).toBe('bottom-left');
  });

  test('our own panel under the probe does not count as a site control', () => {
    const doc = pageWith([{ left: 860, top: 460, right: 1190, bottom: 790 }]);
    const own = doc.body.querySelector('button')!;
    expect(freeCorner(doc, size, own)).toBe('bottom-right');
  });
});
