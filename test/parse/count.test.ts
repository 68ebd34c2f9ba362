import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/parse/count';
import { LOCALES, seededRandom, testSeed } from './seeded';

describe('parseCount: page texts', () => {
  it.each([
    ['14K Followers', 'en', 14_000, false],
    ['1,2 k abonnés', 'fr', 1_200, false],
    ['12 345 personnes aiment ça', 'fr', 12_345, true],
    ['12\u00a0345 personnes aiment ça', 'fr', 12_345, true],
    ['12\u202f345 abonnés', 'fr', 12_345, true],
    ['1,2 Mio. Follower', 'de', 1_200_000, false],
    ['1,2 Mio Follower', 'de', 1_200_000, false],
    ['3,4 Mrd.', 'de', 3_400_000_000, false],
    ['12,3 mil seguidores', 'es', 12_300, false],
    ['1,2 mil millones', 'es', 1_200_000_000, false],
    ['2,5 mi seguidores', 'pt', 2_500_000, false],
    ['1,1 bi', 'pt', 1_100_000_000, false],
    ['3,4 Mln follower', 'it', 3_400_000, false],
    ['1,2 Md', 'fr', 1_200_000_000, false],
    ['1,2 M abonnés', 'fr', 1_200_000, false],
    ['12 tys. obserwujących', 'pl', 12_000, false],
    ['5 тыс. подписчиков', 'ru', 5_000, false],
    ['1,5 mln. volgers', 'nl', 1_500_000, false],
    ['1.2M followers', 'en', 1_200_000, false],
    ['1.2 thousand', 'en', 1_200, false],
    ['1,234 likes', 'en', 1_234, true],
    ['1,234,567', 'en', 1_234_567, true],
    ['1.234', 'de', 1_234, true],
    ['1.234.567 Follower', 'de', 1_234_567, true],
    ["1'234 Follower", 'de-CH', 1_234, true],
    ['12,34,567', 'hi', 1_234_567, true],
    ['1.2万人', 'ja', 12_000, false],
    ['١٫٢ ألف', 'ar-EG', 1_200, false],
    // Facebook writes Eastern Arabic digits and separators on a plain "ar" page, whose Intl
    // default is Latin digits.
    ['١٬٢٣٤ شخصًا يتابعون هذا', 'ar', 1_234, true],
    ['١٫٢ ألف', 'ar', 1_200, false],
    ['1,234 شخصًا يتابعون هذا', 'ar', 1_234, true],
    ['elfu 1.2', 'sw', 1_200, false],
    ['12 membres', 'fr', 12, true],
    ['999', 'en', 999, true],
    ['14K', 'en-US', 14_000, false],
    ['1,2 k', 'fr-XX', 1_200, false],
    ['14K', 'zz-Unknown', 14_000, false],
    ['12K 🙂 Ѳ 中文 mixed', 'en', 12_000, false],
    ['mille abonnés', 'fr', 1_000, false],
  ])('%j in %s → %d', (text, locale, value, exact) => {
    expect(parseCount(text, locale)).toEqual({ value, exact });
  });

  it.each([
    ['', 'en'],
    ['Followers', 'en'],
    ['1.234', 'en'], // a decimal point in English: not a whole count
    ['1,2', 'fr'],
    ['1,2 k', 'en'], // French decimal comma read in English: not a grouping either
    ['1.2K', 'de'],
    ['3 12', 'fr'],
    ['12 followers · 3 following', 'en'],
    ['1,23,4567', 'en'],
    ['99999999999999999999', 'en'],
    ['😀😀😀', 'en'],
    ['🙂 Ѳ 中文 mixed', 'en-XX'],
    ['1 2 3 4 5', 'en'],
  ])('%j in %s → null', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it('returns null quickly on 10 kB strings, never throwing', () => {
    const huge = ['1'.repeat(10_000), '1,'.repeat(5_000), '😀'.repeat(5_000), 'a 1 '.repeat(2_500)];
    // Build the locale tables first: the time limit is for parsing, not for the one-off build.
    for (const locale of ['en', 'fr', 'xx', '']) parseCount('1', locale);
    const start = performance.now();
    for (const text of huge) for (const locale of ['en', 'fr', 'xx', '']) expect(parseCount(text, locale)).toBeNull();
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('survives malformed locale tags', () => {
    for (const tag of ['', 'not a tag', '123', 'en_US', '-']) expect(() => parseCount('12K', tag)).not.toThrow();
    expect(parseCount('12K', 'en_US')).toEqual({ value: 12_000, exact: false });
  });
});

describe('parseCount: Intl-formatted numbers read back', () => {
  const seed = testSeed();
  const random = seededRandom(seed);
  const randomCount = () => Math.floor(10 ** (random() * 12));

  // Bengali compact data writes "কো" for both 10^7 and 10^11: such a word is refused, not guessed.
  it.each(LOCALES.filter((l) => l !== 'bn'))(`standard and compact forms in %s (seed ${seed})`, (locale) => {
    const formats = {
      standard: new Intl.NumberFormat(locale),
      short: new Intl.NumberFormat(locale, { notation: 'compact' }),
      long: new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }),
    };
    for (let i = 0; i < 300; i++) {
      const value = randomCount();
      for (const [name, format] of Object.entries(formats)) {
        const shown = format.format(value);
        const parsed = parseCount(shown, locale);
        const context = `${locale} ${name} ${value} → ${JSON.stringify(shown)} (seed ${seed})`;
        expect(parsed, context).not.toBeNull();
        if (name === 'standard') expect(parsed, context).toEqual({ value, exact: true });
        // Compact forms keep two or three significant digits: within 5 %.
        else expect(Math.abs(parsed!.value - value), context).toBeLessThanOrEqual(value * 0.05 + 0.5);
      }
    }
  });
});
