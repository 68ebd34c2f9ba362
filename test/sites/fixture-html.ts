/**
 * A fixture page's HTML, as the unit tests, the end-to-end server and the demo load it.
 *
 * A page is either `test/fixtures/<site>/<name>.html` (a sanitized capture or a hand-made page), or a
 * variant of one: `<name>.variant.json`, the page it starts from, a note saying what it changes and
 * why, and the edits. The note goes first in the page's provenance comment, so the served page still
 * says where it comes from. Each edit says how many times it applies: an edit that no longer
 * matches its page (after a capture is refreshed) fails loudly instead of quietly doing nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { escapeRegExp } from '../../src/parse/locale-text';

export interface VariantSpec {
  /** The fixture this one is made from, in the same site folder. */
  from: string;
  /** What the variant changes and why; prefixed to the page's first comment. */
  note: string;
  edits: VariantEdit[];
}

/** `find` is literal text, or with `regex` a regular expression (applied globally). */
export interface VariantEdit {
  find: string;
  regex?: true;
  replace: string;
  /** How many times `find` occurs in the page the edit applies to. */
  count: number;
}

// Tests, the demo and the bench all run from the project root.
export const FIXTURES = resolve('test/fixtures');

export function fixtureHtml(site: string, name: string): string {
  const base = resolve(FIXTURES, site, name);
  if (existsSync(`${base}.html`)) return readFileSync(`${base}.html`, 'utf8');
  const spec = JSON.parse(readFileSync(`${base}.variant.json`, 'utf8')) as VariantSpec;
  return applyVariant(fixtureHtml(site, spec.from), spec, `${site}/${name}`);
}

export function applyVariant(html: string, spec: VariantSpec, label: string): string {
  if (!html.includes('<!-- ')) throw new Error(`fixture ${label}: its page ${spec.from} has no provenance comment for the note`);
  const noted = html.replace('<!-- ', () => `<!-- ${spec.note} `);
  return spec.edits.reduce((page, edit, index) => {
    const pattern = new RegExp(edit.regex ? edit.find : escapeRegExp(edit.find), 'g');
    const found = page.match(pattern)?.length ?? 0;
    if (found !== edit.count) {
      throw new Error(`fixture ${label}: edit ${index} finds ${JSON.stringify(edit.find)} ${found} times, not ${edit.count}`);
    }
    // A regular expression's replacement may refer to its groups ($1); literal text is taken as is.
    return edit.regex ? page.replace(pattern, edit.replace) : page.replace(pattern, () => edit.replace);
  }, noted);
}
