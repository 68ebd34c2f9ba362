/** How a locale writes numbers, read from Intl.NumberFormat and cached per locale. */
import { fold, perLocale, wordAlternation } from './locale-text';
import { SITE_COMPACT_SUFFIXES } from './social-forms';

export interface NumberSymbols {
  locale: string;
  decimal: string;
  /** Characters that may separate digit groups (never the decimal mark). */
  groups: ReadonlySet<string>;
  /** Digits in the rightmost group, and in the groups left of it (2 in Indian grouping). */
  primaryGroup: number;
  secondaryGroup: number;
  /** Folded compact word → its multiplier ("mio." → 1e6, "万" → 1e4). */
  compact: ReadonlyMap<string, number>;
  /** Matches a compact word right after the number (sticky), or right before it (anchored at end). */
  compactAfter: RegExp | null;
  compactBefore: RegExp | null;
  /** Matches a compact word Intl writes with no number at all (fr "mille" for 1000). */
  compactAlone: RegExp | null;
}

// Several plural categories (one, few, many, other) and both integer and decimal shown forms.
const MANTISSAS = [1, 1.5, 2, 3, 5, 12, 21, 22, 25, 100, 101, 111, 123];

export const numberSymbols = perLocale((locale: string): NumberSymbols => {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const decimal = fold(parts.find((p) => p.type === 'decimal')?.value ?? '.', locale);
  const group = fold(parts.find((p) => p.type === 'group')?.value ?? ',', locale) || ' ';
  const sizes = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const groups = new Set([group, ' ', "'", decimal === ',' ? '.' : ',']);
  groups.delete(decimal);

  const compact = new Map<string, number>();
  const conflicting = new Set<string>();
  const before = new Set<string>();
  const after = new Set<string>();
  const alone = new Set<string>();
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, numberingSystem: 'latn' });
    for (let exponent = 3; exponent <= 15; exponent++) {
      for (const mantissa of MANTISSAS) {
        const shownParts = format.formatToParts(mantissa * 10 ** exponent);
        const index = shownParts.findIndex((p) => p.type === 'compact');
        const word = shownParts[index];
        if (!word) continue;
        const numberShown = shownParts.some((p) => p.type === 'integer');
        if (!numberShown) alone.add(fold(word.value, locale));
        const shown = numberShown
          ? Number(
              shownParts
                .filter((p) => p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal')
                .map((p) => (p.type === 'decimal' ? '.' : p.value))
                .join(''),
            )
          : 1;
        if (!(shown > 0)) continue;
        const multiplier = 10 ** Math.round(Math.log10((mantissa * 10 ** exponent) / shown));
        const key = fold(word.value, locale);
        const numberIndex = shownParts.findIndex((p) => p.type === 'integer');
        (index < numberIndex ? before : after).add(key);
        const known = compact.get(key);
        if (known !== undefined && known !== multiplier) conflicting.add(key);
        compact.set(key, multiplier);
      }
    }
  }
  // A word meaning two magnitudes (folded case can merge two) would be a guess: forget it.
  for (const key of conflicting) compact.delete(key);
  for (const key of [...compact.keys()]) {
    // "1,2 Mio Follower": pages drop the abbreviation dot that Intl writes.
    const bare = key.replace(/\.$/, '');
    if (bare !== key && !compact.has(bare) && !conflicting.has(bare)) {
      compact.set(bare, compact.get(key)!);
      if (after.has(key)) after.add(bare);
      if (before.has(key)) before.add(bare);
    }
  }
  for (const [word, multiplier] of SITE_COMPACT_SUFFIXES) {
    if (!compact.has(word) && !conflicting.has(word)) {
      compact.set(word, multiplier);
      after.add(word);
    }
  }
  const afterWords = [...after].filter((w) => compact.has(w));
  const beforeWords = [...before].filter((w) => compact.has(w));
  const aloneWords = [...alone].filter((w) => compact.has(w));
  return {
    locale,
    decimal,
    groups,
    primaryGroup: sizes[sizes.length - 1] ?? 3,
    secondaryGroup: sizes.length > 2 ? sizes[sizes.length - 2]! : 3,
    compact,
    compactAfter: afterWords.length ? new RegExp(` ?(?:${wordAlternation(afterWords)})`, 'uy') : null,
    compactBefore: beforeWords.length ? new RegExp(`(?:${wordAlternation(beforeWords)}) ?$`, 'u') : null,
    compactAlone: aloneWords.length ? new RegExp(wordAlternation(aloneWords), 'gu') : null,
  };
});
