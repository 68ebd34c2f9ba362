import { describe, expect, it } from 'vitest';
import { fold, foldSpaces } from '../../src/parse/locale-text';

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

  it('folds every character JavaScript counts as whitespace, alone or in any run', () => {
    const spaces = [...Array(0x10000).keys()].map((code) => String.fromCharCode(code)).filter((c) => /\s/.test(c));
    expect(spaces).toHaveLength(25);
    for (const c of spaces) {
      expect(foldSpaces(`a${c}b`), `U+${c.charCodeAt(0).toString(16)}`).toBe('a b');
      expect(foldSpaces(`a ${c}b`)).toBe('a b');
      expect(foldSpaces(`a${c} b`)).toBe('a b');
      expect(foldSpaces(`a${c}${c}\n b`)).toBe('a b');
    }
    expect(foldSpaces('a\u200bb'), 'a zero-width space is not whitespace').toBe('a\u200bb');
  });
});

describe('fold: digits', () => {
  it.each([
    ['١٬٢٣٤٫٥', 'ar', '1,234.5'], // Eastern Arabic, on a page whose Intl default is Latin digits
    ['١٬٢٣٤٫٥', 'fr', '1,234.5'],
    ['۱۲۳۴۵۶۷۸۹۰', 'fa', '1234567890'],
    ['१२३', 'hi', '123'],
    ['০৯', 'bn', '09'],
    ['０９', 'ja', '09'],
    ['𝟘𝟙𝟡𝟬𝟵', 'en', '01909'], // mathematical digits: five runs of ten that touch
  ])('%j in %s → %j', (text, locale, folded) => {
    expect(fold(text, locale)).toBe(folded);
  });
});
