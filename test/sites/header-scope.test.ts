// headerScope: the part of a page around its header's anchor that holds no post, found in one
// walk of the header, not one walk per level climbed.
import { describe, expect, it } from 'vitest';
import { headerScope } from '../../src/sites/read';
import { htmlPage } from './html-page';

const POST = '[aria-posinset]';
const PAGE = `<div id="main"><div id="top"><div id="cover"><div id="title"><h1>Page</h1><span>Bakery</span></div><div id="stats"><a>10 followers</a></div></div><div id="tabs"><a>Posts</a></div></div><div id="feed"><div><div aria-posinset="1">post</div></div></div></div>`;

/** The elements queried for a post during `run` (querySelector, matches' own walk aside). */
function queriedDuring(doc: Document, run: () => unknown): Element[] {
  let owner = Object.getPrototypeOf(doc.body) as object;
  while (!Object.prototype.hasOwnProperty.call(owner, 'querySelector')) owner = Object.getPrototypeOf(owner) as object;
  const target = owner as { querySelector: (this: Element, selector: string) => Element | null };
  const original = target.querySelector;
  const queried: Element[] = [];
  target.querySelector = function (selector) {
    if (selector === POST) queried.push(this);
    return original.call(this, selector);
  };
  try {
    run();
  } finally {
    target.querySelector = original;
  }
  return queried;
}

describe('headerScope', () => {
  it('climbs from the anchor to the highest ancestor whose parent holds no post', () => {
    const doc = htmlPage(PAGE);
    expect((headerScope(doc, doc.querySelector('h1'), POST) as Element).id).toBe('top');
  });

  it('queries no element around the anchor: each level only the siblings it adds', () => {
    const doc = htmlPage(PAGE);
    const heading = doc.querySelector('h1')!;
    const queried = queriedDuring(doc, () => headerScope(doc, heading, POST));
    expect(queried.filter((el) => el !== heading && el.contains(heading))).toEqual([]);
    expect(queried.map((el) => el.id || el.localName)).toEqual(['h1', 'span', 'stats', 'tabs', 'feed']);
  });

  it('is the whole page below body without posts, the anchor when it holds or neighbours one, the document without anchor', () => {
    const bare = htmlPage(PAGE.replace(' aria-posinset="1"', ''));
    expect((headerScope(bare, bare.querySelector('h1'), POST) as Element).id).toBe('main');
    const holding = htmlPage('<div><h1>Page<span aria-posinset="1">post</span></h1></div>');
    expect(headerScope(holding, holding.querySelector('h1'), POST)).toBe(holding.querySelector('h1'));
    const beside = htmlPage('<div><h1>Page</h1><div aria-posinset="1">post</div></div>');
    expect(headerScope(beside, beside.querySelector('h1'), POST)).toBe(beside.querySelector('h1'));
    expect(headerScope(bare, null, POST)).toBe(bare);
  });
});
