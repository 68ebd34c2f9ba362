import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/parse/count';
import { parseTimestamp } from '../../src/parse/time';
import { seededRandom, testSeed } from './seeded';

// Pieces pages really mix: digits and separators, words of several scripts, emoji, odd spaces.
const PIECES = [
  '1', '12', '2025', ',', '.', ':', "'", '/', '-', '+', ' ', '\u00a0', '\u202f', '\u200f', 'k', 'M',
  'Mio.', 'h', 'j', 'ago', 'il y a', 'hier', 'à', 'Oct', 'mardi', '年', '月', 'тыс.', 'ألف', '١٢',
  '😀', '👍🏽', '\u0301', '\ud800', 'ǅ', 'İ', 'ß', 'PM', 'a. m.', '(', ')', '\n', '\t',
];
const LOCALES = ['en', 'fr', 'de', 'ja', 'ar-EG', 'tr', 'xx', '', 'not a tag', 'en_US'];

describe('bad input never throws', () => {
  const seed = testSeed();
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  it(`random mixtures (seed ${seed})`, () => {
    const now = new Date(2025, 10, 26, 12);
    for (const locale of LOCALES) parseTimestamp('1', locale, now) ?? parseCount('1', locale);
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(random() * 40);
      const text = Array.from({ length }, () => pick(PIECES)).join('');
      const locale = pick(LOCALES);
      expect(() => parseCount(text, locale), `${JSON.stringify(text)} ${locale} (seed ${seed})`).not.toThrow();
      expect(() => parseTimestamp(text, locale, now), `${JSON.stringify(text)} ${locale} (seed ${seed})`).not.toThrow();
    }
  });

  it('non-string input from a forged page gives null; a non-string locale falls back to English', () => {
    const forged = [undefined, null, 12, {}, ['14K']] as unknown as string[];
    for (const value of forged) {
      expect(parseCount(value, 'en')).toBeNull();
      expect(parseTimestamp(value, 'en', new Date())).toBeNull();
      expect(parseCount('14K', value)).toEqual({ value: 14_000, exact: false });
      expect(parseTimestamp('3h', value, new Date(2025, 0, 1))).toEqual({ at: new Date(2024, 11, 31, 21).getTime(), precision: 'hour' });
    }
  });
});
