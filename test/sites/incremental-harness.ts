/**
 * Checks an adapter's incremental reads (observe with postRoots, as the content script calls it
 * for the nodes a batch added) against its full read of the same fixture.
 */
import { expect, it } from 'vitest';
import type { Observation, SiteAdapter } from '../../src/sites/types';
import { loadFixture } from './fixture-harness';

export interface IncrementalCase {
  adapter: SiteAdapter;
  fixture: string;
  /** The elements the adapter reads as posts, outermost only, in page order. */
  posts: (doc: Document) => Element[];
  /** Gives a copied post a new id, as the next post of an infinite scroll would have. */
  renumber: (copy: Element) => void;
}

const LOAD_BUDGET_MS = 30_000;

const headerOf = (seen: Observation | null) => seen && { page: seen.page, ownerView: seen.ownerView, followers: seen.followers };

export function expectIncrementalReads({ adapter, fixture, posts, renumber }: IncrementalCase): void {
  const where = `${adapter.site}/${fixture}`;

  it(`${where}: each post read alone is that post as the full read has it, with the same header`, () => {
    const { doc, url, now } = loadFixture(adapter.site, fixture);
    const elements = posts(doc);
    // Alone first, on a page never read in full: nothing carried over from a full read helps.
    const alone = elements.map((el) => adapter.observe(doc, url, now, [el]));
    const full = adapter.observe(doc, url, now)!;
    expect(full.posts.length).toBeGreaterThan(0);
    expect(alone.flatMap((seen) => seen!.posts)).toEqual(full.posts);
    for (const seen of alone) {
      expect(seen!.posts.length).toBeLessThanOrEqual(1);
      expect(headerOf(seen)).toEqual(headerOf(full));
    }
  }, LOAD_BUDGET_MS);

  it(`${where}: a node deep inside a post reads that post`, () => {
    const { doc, url, now } = loadFixture(adapter.site, fixture);
    const full = adapter.observe(doc, url, now)!;
    const inside = posts(doc).map((el) => {
      const descendants = el.querySelectorAll('*');
      const deepest = descendants[descendants.length - 1] ?? el;
      return adapter.observe(doc, url, now, [deepest.lastChild ?? deepest])!.posts;
    });
    expect(inside.flat()).toEqual(full.posts);
  }, LOAD_BUDGET_MS);

  it(`${where}: a node outside every post reads no post, and the same header`, () => {
    const { doc, url, now } = loadFixture(adapter.site, fixture);
    // As the content script reads: the whole page first, then what each batch added.
    const full = adapter.observe(doc, url, now);
    const aside = doc.createElement('div');
    aside.textContent = '42 followers';
    doc.body.append(aside);
    const seen = adapter.observe(doc, url, now, [aside]);
    expect(seen?.posts).toEqual([]);
    expect(headerOf(seen)).toEqual(headerOf(full));
  }, LOAD_BUDGET_MS);

  it(`${where}: a post appended to the page is read alone, as a full read then reads it`, () => {
    const { doc, url, now } = loadFixture(adapter.site, fixture);
    const before = adapter.observe(doc, url, now)!;
    const last = posts(doc).at(-1)!;
    const copy = posts(doc)[0]!.cloneNode(true) as Element;
    renumber(copy);
    last.after(copy);
    const seen = adapter.observe(doc, url, now, [copy])!;
    expect(seen.posts).toHaveLength(1);
    const [added] = seen.posts;
    expect(before.posts.map((post) => post.id)).not.toContain(added!.id);
    expect(adapter.observe(doc, url, now)!.posts).toContainEqual(added);
  }, LOAD_BUDGET_MS);
}
