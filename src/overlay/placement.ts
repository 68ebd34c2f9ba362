export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Bottom corners first: the top of most sites holds their navigation. */
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
/** "Move" goes round the screen clockwise. */
const CLOCKWISE: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];
export const MARGIN = 16;
/** The gap left between the overlay and a site's bar it moves above (or below). */
const GAP = 8;
/** Probe points at most this far apart: X's "Sign up" (88 × 36 px) slipped between coarser ones. */
const PROBE_STEP = 24;
const INTERACTIVE = 'a[href], button, input, select, textarea, [role="button"], [role="link"], [role="textbox"], [tabindex]:not([tabindex="-1"])';

/** Where the overlay sits: a corner, and how far from that corner's top or bottom edge. */
export interface Placement {
  corner: Corner;
  /** Pixels from the viewport's bottom (bottom corners) or top (top corners). */
  inset: number;
}

type Box = { left: number; top: number; width: number; height: number };

export function nextCorner(corner: Corner): Corner {
  return CLOCKWISE[(CLOCKWISE.indexOf(corner) + 1) % CLOCKWISE.length]!;
}

/**
 * Where a box of `size` covers none of the site's own controls (chat heads, message drawers,
 * "new post" buttons, sign-up bars sit in corners): in the corner the admin chose, else the
 * first free one, bottom corners first. Where no corner is free, the box may slide above a bar
 * along the bottom (or below one along the top) while it still fits the viewport. Probes a
 * grid of points with elementsFromPoint, so fixed and scrolled content alike are seen; our own
 * host is skipped. When every place covers something, the chosen (or first) corner is kept.
 */
export function placeOverlay(doc: Document, size: { width: number; height: number }, own: Element, chosen?: Corner): Placement {
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  // A corner the admin chose is theirs: kept, sliding clear of a bar there if it can.
  if (chosen) return placeIn(doc, view, size, own, chosen, true) ?? { corner: chosen, inset: MARGIN };
  // Else a free corner first; sliding above (or below) a bar only where no corner is free.
  for (const slide of [false, true]) {
    for (const corner of CORNERS) {
      const placed = placeIn(doc, view, size, own, corner, slide);
      if (placed) return placed;
    }
  }
  return { corner: CORNERS[0]!, inset: MARGIN };
}

function placeIn(
  doc: Document,
  view: { width: number; height: number },
  size: { width: number; height: number },
  own: Element,
  corner: Corner,
  slide: boolean,
): Placement | undefined {
  const left = corner.endsWith('left') ? MARGIN : view.width - MARGIN - size.width;
  const bottom = corner.startsWith('bottom');
  for (let inset = MARGIN; inset + size.height <= view.height - MARGIN; ) {
    const box = { left, top: bottom ? view.height - inset - size.height : inset, ...size };
    const covered = controlsUnder(doc, box, own);
    if (!covered.length) return { corner, inset };
    if (!slide) return undefined;
    inset = bottom ? view.height - Math.min(...covered.map((r) => r.top)) + GAP : Math.max(...covered.map((r) => r.bottom)) + GAP;
  }
  return undefined;
}

/** The boxes of the site's controls under `box`. */
function controlsUnder(doc: Document, box: Box, own: Element): DOMRect[] {
  const found = new Set<Element>();
  const columns = Math.max(1, Math.ceil(box.width / PROBE_STEP));
  const rows = Math.max(1, Math.ceil(box.height / PROBE_STEP));
  for (let i = 0; i <= columns; i++) {
    for (let j = 0; j <= rows; j++) {
      for (const el of doc.elementsFromPoint(box.left + (i / columns) * box.width, box.top + (j / rows) * box.height)) {
        if (el === own || own.contains(el)) continue;
        const control = el.closest(INTERACTIVE);
        if (control) found.add(control);
      }
    }
  }
  return [...found].map((el) => el.getBoundingClientRect());
}
