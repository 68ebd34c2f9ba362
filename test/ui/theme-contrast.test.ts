import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The stylesheets themselves, read as text: happy-dom neither resolves light-dark() nor ranks
// selectors by specificity, so the cascade is checked here by rule and in Chromium by axe
// (test/e2e/accessibility.e2e.ts).
const SHEETS = ['src/ui/theme.css', 'src/popup/popup.css', 'src/options/options.css', 'src/overlay/overlay.css'];
const css = SHEETS.map((file) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')).join('\n');
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]! }));

type Scheme = 'light' | 'dark';
/** The theme's tokens as each scheme resolves them. */
function tokens(scheme: Scheme): Map<string, string> {
  const body = rules.find((r) => r.selector === '.animateur-theme' && r.body.includes('--fg'))!.body;
  const map = new Map<string, string>();
  for (const [, name, value] of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const pair = /light-dark\(\s*(#\w+)\s*,\s*(#\w+)\s*\)/.exec(value!);
    map.set(name!, pair ? pair[scheme === 'light' ? 1 : 2]! : value!.trim());
  }
  return map;
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/\w/g, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const resolve = (value: string, scheme: Scheme): string | undefined => {
  const v = value.trim();
  if (/^#\w+$/.test(v)) return v;
  const name = /^var\((--[\w-]+)\)$/.exec(v)?.[1];
  return name ? tokens(scheme).get(name) : undefined;
};
const declared = (body: string, property: string) => new RegExp(`(?:^|;)\\s*${property}:\\s*([^;]+)`).exec(body)?.[1];

describe.each(['light', 'dark'] as const)('theme contrast in %s', (scheme) => {
  test('every rule that sets both a text colour and its background keeps 4.5:1', () => {
    const pairs = rules.flatMap(({ selector, body }) => {
      const fg = declared(body, 'color');
      const bg = declared(body, 'background(?:-color)?');
      const [f, b] = [fg && resolve(fg, scheme), bg && resolve(bg, scheme)];
      return f && b ? [{ selector, ratio: Number(contrast(f, b).toFixed(2)) }] : [];
    });
    expect(pairs.map((p) => p.selector)).toEqual(expect.arrayContaining(['.button-primary', '.button-secondary', '.button-danger']));
    expect(pairs.filter((p) => p.ratio < 4.5)).toEqual([]);
  });

  test('text colours read on every surface they sit on', () => {
    const t = tokens(scheme);
    const failing = ['--fg', '--muted', '--accent-strong', '--ok', '--late'].flatMap((fg) =>
      ['--bg', '--surface', '--accent-soft'].map((bg) => ({ fg, bg, ratio: Number(contrast(t.get(fg)!, t.get(bg)!).toFixed(2)) })),
    );
    expect(failing.filter((p) => p.ratio < 4.5)).toEqual([]);
  });
});

/** Specificity as [ids, classes/attributes/pseudo-classes, types]; :where() counts nothing. */
function specificity(selector: string): [number, number, number] {
  const s = selector.replace(/:where\([^)]*\)/g, '').replace(/::[\w-]+/g, '');
  return [(s.match(/#[\w-]+/g) ?? []).length, (s.match(/\.[\w-]+|\[[^\]]*\]|:[\w-]+/g) ?? []).length, (s.replace(/\[[^\]]*\]|[.#:][\w-]+/g, '').match(/[a-z][\w-]*/gi) ?? []).length];
}

test('no rule colouring buttons in general outranks a .button-* class (a reset once turned primary text dark on orange)', () => {
  const generic = rules.flatMap(({ selector, body }) =>
    declared(body, 'color') ? selector.split(',').map((s) => s.trim()).filter((s) => /(^|[\s>)])button$/.test(s) || /:where\(button\)$/.test(s)) : [],
  );
  expect(generic.length).toBeGreaterThan(0);
  const outranking = generic.filter((s) => {
    const [ids, classes, types] = specificity(s);
    return ids > 0 || classes > 1 || (classes === 1 && types > 0);
  });
  expect(outranking).toEqual([]);
});
