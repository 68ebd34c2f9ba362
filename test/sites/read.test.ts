import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { clip, pageLocale, postElements, readProfileSchema } from '../../src/sites/read';

describe('clip', () => {
  it('keeps a text of 280 characters whole, and folds it first', () => {
    const text = 'a'.repeat(280);
    expect(clip(`\n${text}\n`)).toBe(text);
  });

  it('cuts a longer text to 280 characters, the last an ellipsis', () => {
    const clipped = clip('b'.repeat(400))!;
    expect(clipped).toHaveLength(280);
    expect(clipped).toBe(`${'b'.repeat(279)}…`);
  });

  it('counts an emoji as one character and never splits it', () => {
    // 300 characters, 600 UTF-16 units: cut after 279 whole emoji.
    const clipped = clip('😀'.repeat(300))!;
    expect([...clipped]).toHaveLength(280);
    expect(clipped).toBe(`${'😀'.repeat(279)}…`);
  });

  it('keeps a text over 280 UTF-16 units that is within 280 characters', () => {
    const text = '😀'.repeat(200); // 400 units, 200 characters
    expect(clip(text)).toBe(text);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(clip(undefined)).toBeUndefined();
    expect(clip(null)).toBeUndefined();
    expect(clip(' \n\t ')).toBeUndefined();
  });
});

describe('pageLocale', () => {
  const page = (html: string) => {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
    window.document.write(html);
    return window.document as unknown as Document;
  };

  it("takes <html lang> first, then the site's own data, then the Open Graph locale, else English", () => {
    const og = '<head><meta property="og:locale" content="es_ES"></head>';
    expect(pageLocale(page(`<html lang="fr">${og}</html>`), () => 'ja')).toBe('fr');
    expect(pageLocale(page(`<html>${og}</html>`), () => 'ja')).toBe('ja');
    expect(pageLocale(page(`<html>${og}</html>`), () => undefined)).toBe('es-ES');
    expect(pageLocale(page('<html><head></head></html>'))).toBe('en');
  });
});

describe('readProfileSchema', () => {
  it('reads JSON-LD whose strings hold raw line breaks, as Bluesky writes its description', () => {
    const window = new Window();
    const script = window.document.createElement('script');
    script.textContent = '{"mainEntity":{"name":"Stephen King","alternateName":"@stephenking.bsky.social","description":"Writer \n",' +
      '"interactionStatistic":[{"interactionType":"https://schema.org/FollowAction","userInteractionCount":1101177}]}}';
    expect(readProfileSchema(script as unknown as Element)).toEqual({ name: 'Stephen King', handles: ['stephenking.bsky.social'], followers: 1101177 });
  });

  it('gives null for text that is not JSON even so', () => {
    const window = new Window();
    const script = window.document.createElement('script');
    script.textContent = '{"mainEntity": {';
    expect(readProfileSchema(script as unknown as Element)).toBeNull();
  });
});

describe('postElements', () => {
  it('finds the posts in or around added nodes, climbing above the nodes’ shared parent once per batch', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = `<main><div id="list"></div></main><article data-post><p id="inside">old</p></article>`;
    const list = doc.getElementById('list')!;
    const cells = Array.from({ length: 20 }, (_, n) => {
      const cell = doc.createElement('div');
      cell.innerHTML = `<div><article data-post id="p${n}"><p>post ${n}</p></article></div>`;
      return cell;
    });
    list.append(...cells);
    const comment = doc.createElement('p');
    doc.getElementById('inside')!.append(comment);
    const { closest } = Element.prototype;
    let climbs = 0;
    Element.prototype.closest = function (this: Element, selector: string) {
      climbs++;
      return closest.call(this, selector);
    } as typeof closest;
    let found: Element[];
    try {
      found = postElements(doc, '[data-post]', [...cells, comment]);
    } finally {
      Element.prototype.closest = closest;
    }
    expect(found.map((el) => el.id || el.textContent)).toEqual([...cells.map((_, n) => `p${n}`), 'old']);
    // One climb above the list for its twenty cells, one above the comment's parent.
    expect(climbs).toBe(2);
  });
});
