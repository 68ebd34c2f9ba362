/**
 * Follower/like counts as pages show them: "14K Followers", "1,2 k abonnés",
 * "12 345 personnes aiment ça", "1,2 Mio. Follower". Words around the one number are ignored;
 * a text with no number, two numbers or a number the locale cannot read one way gives null.
 */
import { fold, wholeWord } from './locale-text';
import { numberSymbols, type NumberSymbols } from './locale-numbers';

// Room for a label around the number; beyond that the text is not a count display.
const MAX_LENGTH = 300;
// Digits with single separators between them; which separator means what is decided later.
const NUMBER = /\d+(?:[ .,'\u066b\u066c](?=\d)\d+)*/g;

export function parseCount(text: string, locale: string): { value: number; exact: boolean } | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_LENGTH) return null;
  const symbols = numberSymbols(locale);
  const folded = fold(text, symbols.locale);
  const found = [...folded.matchAll(NUMBER)];
  if (found.length === 0) return compactAlone(folded, symbols);
  if (found.length !== 1) return null;
  const match = found[0]!;
  const amount = readNumber(match[0], symbols);
  if (amount === null) return null;

  const end = match.index + match[0].length;
  const multiplier = compactMultiplier(folded, match.index, end, symbols);
  if (multiplier === null) return Number.isSafeInteger(amount) ? { value: amount, exact: true } : null;
  const value = Math.round(amount * multiplier);
  return Number.isSafeInteger(value) ? { value, exact: false } : null;
}

function compactMultiplier(folded: string, start: number, end: number, symbols: NumberSymbols): number | null {
  const { compactAfter, compactBefore, compact } = symbols;
  if (compactAfter) {
    compactAfter.lastIndex = end;
    const word = compactAfter.exec(folded);
    if (word && wholeWord(folded, end, compactAfter.lastIndex)) return compact.get(word[0].trimStart()) ?? null;
  }
  if (compactBefore) {
    const word = compactBefore.exec(folded.slice(0, start));
    if (word && wholeWord(folded, word.index, start)) return compact.get(word[0].trimEnd()) ?? null;
  }
  return null;
}

/** "1 234,5" → 1234.5 in fr; null when the separators do not fit the locale's grouping. */
function readNumber(token: string, symbols: NumberSymbols): number | null {
  const separators: string[] = token.match(/\D/g) ?? [];
  if (separators.length === 0) return token.length > 16 ? null : Number(token);
  const chunks = token.split(/\D/);
  let fraction = '';
  const last = separators[separators.length - 1]!;
  if (last === symbols.decimal && separators.indexOf(last) === separators.length - 1) {
    fraction = chunks.pop()!;
    separators.pop();
  }
  if (separators.length > 0 && !validGrouping(chunks, separators, symbols)) return null;
  const digits = chunks.join('');
  if (digits.length > 16) return null;
  return Number(fraction ? `${digits}.${fraction}` : digits);
}

function validGrouping(chunks: string[], separators: string[], symbols: NumberSymbols): boolean {
  const separator = separators[0]!;
  if (!symbols.groups.has(separator) || separators.some((s) => s !== separator)) return false;
  const first = chunks[0]!;
  if (first.length > Math.max(symbols.primaryGroup, symbols.secondaryGroup)) return false;
  return chunks.every((chunk, i) => {
    if (i === 0) return true;
    return chunk.length === (i === chunks.length - 1 ? symbols.primaryGroup : symbols.secondaryGroup);
  });
}

/** "mille abonnés": a compact word standing for the number, once in the text. */
function compactAlone(folded: string, symbols: NumberSymbols): { value: number; exact: boolean } | null {
  if (!symbols.compactAlone) return null;
  const words = [...folded.matchAll(symbols.compactAlone)].filter((w) => wholeWord(folded, w.index, w.index + w[0].length));
  const value = words.length === 1 ? symbols.compact.get(words[0]![0]) : undefined;
  return value === undefined ? null : { value, exact: false };
}
