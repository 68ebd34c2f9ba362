import { describe, expect, test } from 'vitest';
import { nextCorner, placeOverlay } from '../../src/overlay/placement';

type Rect = { left: number; top: number; right: number; bottom: number };
/** A page whose controls are the given boxes; elementsFromPoint and getBoundingClientRect answer from them. */
function pageWith(controls: Rect[], view = { width: 1200, height: 800 }) {
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc.documentElement, 'clientWidth', { value: view.width });
  Object.defineProperty(doc.documentElement, 'clientHeight', { value: view.height });
  const buttons = controls.map((c) => {
    const button = doc.body.appendChild(doc.createElement('button'));
    button.getBoundingClientRect = () => ({ ...c, x: c.left, y: c.top, width: c.right - c.left, height: c.bottom - c.top, toJSON: () => c }) as DOMRect;
    return button;
  });
  doc.elementsFromPoint = (x: number, y: number) =>
    controls.flatMap((c, i) => (x >= c.left && x <= c.right && y >= c.top && y <= c.bottom ? [buttons[i]!] : []));
  return doc;
}
const size = { width: 320, height: 230 };
/** Where a placement puts the box, in viewport coordinates. */
function boxOf(p: { corner: string; inset: number }, view = { width: 1200, height: 800 }): Rect {
  const left = p.corner.endsWith('left') ? 16 : view.width - 16 - size.width;
  const top = p.corner.startsWith('top') ? p.inset : view.height - p.inset - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}
const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('placeOverlay', () => {
  test('bottom right on a page with nothing in its corners', () => {
    const doc = pageWith([]);
    expect(placeOverlay(doc, size, doc.createElement('div'))).toEqual({ corner: 'bottom-right', inset: 16 });
  });

  test('moves away from a chat drawer in the bottom right', () => {
    const doc = pageWith([{ left: 900, top: 700, right: 1200, bottom: 800 }]);
    expect(placeOverlay(doc, size, doc.createElement('div')).corner).toBe('bottom-left');
  });

  test('our own panel under the probe does not count as a site control', () => {
    const doc = pageWith([{ left: 860, top: 460, right: 1190, bottom: 790 }]);
    const own = doc.body.querySelector('button')!;
    expect(placeOverlay(doc, size, own)).toEqual({ corner: 'bottom-right', inset: 16 });
  });

  test("X at 1024 × 600: a button smaller than the old probe grid's spacing is seen", () => {
    const view = { width: 1024, height: 600 };
    // "Sign up" sits between where a 5 × 3 grid over the bottom-right box probed.
    const signUp = { left: 700, top: 470, right: 788, bottom: 506 };
    const doc = pageWith([signUp], view);
    const placed = placeOverlay(doc, size, doc.createElement('div'));
    expect(overlaps(boxOf(placed, view), signUp)).toBe(false);
  });

  test('controls in every corner: the panel rises above the sign-up bar instead of covering it', () => {
    const view = { width: 1024, height: 600 };
    const controls = [
      { left: 0, top: 0, right: 60, bottom: 50 }, // logo
      { left: 900, top: 0, right: 1024, bottom: 50 }, // search
      { left: 580, top: 548, right: 660, bottom: 586 }, // Log in
      { left: 672, top: 548, right: 760, bottom: 586 }, // Sign up
      { left: 0, top: 548, right: 240, bottom: 586 }, // a link in the bar's text
    ];
    const doc = pageWith(controls, view);
    const placed = placeOverlay(doc, size, doc.createElement('div'));
    expect(placed.corner).toBe('bottom-right');
    expect(controls.filter((c) => overlaps(boxOf(placed, view), c))).toEqual([]);
    expect(boxOf(placed, view).bottom).toBeLessThanOrEqual(548);
  });

  test("the admin's chosen corner comes first, and moving goes round clockwise", () => {
    const doc = pageWith([]);
    expect(placeOverlay(doc, size, doc.createElement('div'), 'top-left')).toEqual({ corner: 'top-left', inset: 16 });
    expect(['bottom-right', 'bottom-left', 'top-left', 'top-right'].map((c) => nextCorner(c as never))).toEqual([
      'bottom-left',
      'top-left',
      'top-right',
      'bottom-right',
    ]);
  });

  test("the admin's corner is kept even where the site has controls, sliding below a top bar", () => {
    const doc = pageWith([{ left: 0, top: 0, right: 1200, bottom: 60 }]);
    expect(placeOverlay(doc, size, doc.createElement('div'), 'top-left')).toEqual({ corner: 'top-left', inset: 68 });
    const full = pageWith([{ left: 0, top: 0, right: 400, bottom: 800 }]);
    expect(placeOverlay(full, size, full.createElement('div'), 'top-left')).toEqual({ corner: 'top-left', inset: 16 });
  });
});
