import { describe, expect, it } from 'vitest';
import { foldSpaces } from '../../src/parse/locale-text';

describe('foldSpaces', () => {
  it('makes each run of whitespace one space and trims the ends', () => {
    expect(foldSpaces('  Open\ttoday\n\nfrom 9\u00a0am  to\r\n5 pm ')).toBe('Open today from 9 am to 5 pm');
  });

  it('leaves a text of single spaces as it is', () => {
    expect(foldSpaces('one two three')).toBe('one two three');
  });

  it('folds a single no-break or narrow space, not only runs', () => {
    expect(foldSpaces('12\u202fk abonnés\u00a0!')).toBe('12 k abonnés !');
  });
});
