/**
 * What both parsers need before they can compare page text with Intl's own strings: one
 * supported locale per tag, and a folding that makes the two sides comparable (case, the
 * many space and apostrophe characters, bidi marks, native digits).
 */

const resolved = new Map<string, string>();

/** The tag itself when Intl knows it, else its base language, else 'en'. */
export function resolveLocale(tag: string): string {
  const hit = resolved.get(tag);
  if (hit !== undefined) return hit;
  let result = 'en';
  // Typed as string, but it may come from a page: anything else falls back to English.
  const candidates = typeof tag === 'string' ? [tag, tag.split(/[-_]/)[0] ?? ''] : [];
  for (const candidate of candidates) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf([candidate]);
      // 'und' and unknown languages are "supported" only as the root locale: not a language.
      if (supported && supported !== 'und') {
        result = supported;
        break;
      }
    } catch {
      // A malformed tag: fall through to the next candidate.
    }
  }
  resolved.set(tag, result);
  return result;
}

/** Caches a per-locale table built by `build` (building costs milliseconds; lookups must not). */
export function perLocale<T>(build: (locale: string) => T): (tag: string) => T {
  const tables = new Map<string, T>();
  return (tag) => {
    const locale = resolveLocale(tag);
    let table = tables.get(locale);
    if (table === undefined) {
      table = build(locale);
      tables.set(locale, table);
    }
    return table;
  };
}

// Bidi controls Intl inserts (Arabic, Hebrew) and pages copy; they carry no meaning here.
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc]/g;
const MINUS_SIGNS = /[\u2212\u2010\u2011]/g;

// Any script's decimal digits ("١٢٣", "१२३") as ASCII, in every locale, and the Arabic thousands and
// decimal separators ("١٬٢٣٤٫٥") as "," and ".": Facebook writes those on a plain "ar" page, whose
// Intl default is Latin, and Intl's own strings fold the same way. Unicode keeps each script's
// digits 0-9 in one run of code points, so a digit's value is its place in its run (runs may touch).
const DIGIT = /\p{Nd}/u;
function asciiDigit(digit: string): string {
  let code = digit.codePointAt(0)!;
  let place = 0;
  while (DIGIT.test(String.fromCodePoint(--code))) place++;
  return String(place % 10);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Locales whose lower case differs from the default for some letter (Turkish dotless i …). */
const SPECIAL_CASING = /^(?:tr|az|lt)(?:-|$)/i;

/**
 * Folds page text and Intl strings to one comparable form: lower case (by the locale's rules),
 * one ASCII space for any run of spaces, ASCII apostrophe and minus, ASCII digits.
 */
export function fold(text: string, locale: string): string {
  // Most page text ("46 replies") is plain ASCII: nothing to map, and plain lower-casing is
  // right for every locale but the few with special casing rules (ICU's is far slower).
  if (PRINTABLE_ASCII.test(text) && !SPECIAL_CASING.test(locale)) return foldSpaces(text).toLowerCase();
  return foldSpaces(text.replace(BIDI_MARKS, '').replace(APOSTROPHES, "'").replace(MINUS_SIGNS, '-').replace(/\u066b/g, '.').replace(/\u066c/g, ','))
    .toLocaleLowerCase(locale)
    .replace(/[^\P{Nd}0-9]/gu, asciiDigit);
}

/**
 * Text as shown, each run of whitespace (newlines, tabs, no-break spaces) one space, trimmed.
 * Only runs that are not already a single space are replaced: a post's text holds hundreds of
 * those, and replacing each with itself is most of the cost.
 */
export function foldSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}
/**
 * A run that starts with whitespace other than a space, or a space followed by more: the runs
 * of /\s{2,}|[^\S ]/, found in a tenth less time on X's post texts in Chromium. Its first
 * class is [^\S ] spelled out (\s's characters but the space): the negated class made the whole
 * observe of a 1,000-post X page 4 % slower in Chromium (A/B, 3 runs of 81 pairs).
 */
const SPACE_RUN = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]\s*| \s+/g;

// Scripts written without spaces between words: a word there may touch the next one.
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{M}]/u;

/** `text` as a regex source matching exactly it: each regex syntax character escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex source matching any of `words`, longest first: JS alternation takes the first that
 * fits, so "mars" must be tried before "mar". Word edges are checked by `wholeWord`, not in the
 * regex: a lookaround per word makes the regex of a few hundred words slow to compile.
 */
export function wordAlternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return sorted.map(escapeRegExp).join('|');
}

/**
 * Whether text[start, end) stands as a word: a letter edge of a spaced script must not touch
 * another letter ("m" for million must not be read inside "membres").
 */
export function wholeWord(text: string, start: number, end: number): boolean {
  return !glued(text[start], text[start - 1]) && !glued(text[end - 1], text[end]);
}

function glued(edge: string | undefined, neighbour: string | undefined): boolean {
  if (edge === undefined || neighbour === undefined) return false;
  return WORD_CHAR.test(edge) && WORD_CHAR.test(neighbour) && !UNSPACED.test(edge) && !UNSPACED.test(neighbour);
}
