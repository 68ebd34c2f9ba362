import { describe, expect, it } from 'vitest';
import { applyVariant, fixtureHtml } from './fixture-html';

const PAGE = '<!DOCTYPE html>\n<!-- Captured from somewhere. -->\n<p class="a">one</p><p class="a">two</p>';

describe('fixture variants', () => {
  it('puts the note first in the page comment and applies each edit where it is counted', () => {
    const made = applyVariant(
      PAGE,
      {
        from: 'page',
        note: 'Variant: renamed.',
        edits: [
          { find: 'class="a"', replace: 'class="b"', count: 2 },
          { find: '<p class="b">(\\w+)</p>$', regex: true, replace: '<p class="c">$1</p>', count: 1 },
        ],
      },
      'test/page',
    );
    expect(made).toBe('<!DOCTYPE html>\n<!-- Variant: renamed. Captured from somewhere. -->\n<p class="b">one</p><p class="c">two</p>');
  });

  it('takes a literal replacement as it is, dollar signs included', () => {
    const made = applyVariant(PAGE, { from: 'page', note: 'n', edits: [{ find: 'one', replace: '$& $1', count: 1 }] }, 'test/page');
    expect(made).toContain('<p class="a">$& $1</p>');
  });

  it('refuses an edit that no longer finds what it was counted against', () => {
    const spec = { from: 'page', note: 'n', edits: [{ find: 'class="a"', replace: 'x', count: 3 }] };
    expect(() => applyVariant(PAGE, spec, 'test/page')).toThrow('fixture test/page: edit 0 finds "class=\\"a\\"" 2 times, not 3');
  });

  it('refuses a page without the comment the note belongs in', () => {
    expect(() => applyVariant('<p>bare</p>', { from: 'page', note: 'n', edits: [] }, 'test/page')).toThrow(/no provenance comment/);
  });

  it('builds a stored variant from its capture', () => {
    const owner = fixtureHtml('x', 'profile-owner-en');
    expect(owner).toContain('data-testid="editProfileButton"');
    expect(owner).not.toContain('data-testid="189876762-follow"');
    expect(owner.startsWith('<!DOCTYPE html>\n<!-- Owner-view variant:')).toBe(true);
  });
});
