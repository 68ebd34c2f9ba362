/**
 * The words a locale uses around post dates — month and weekday names, "yesterday", unit words
 * of relative times, "ago", AM/PM, the literals of its date patterns — read from Intl
 * (DateTimeFormat, RelativeTimeFormat, NumberFormat units) and cached per locale, with the
 * site forms of social-forms.ts added.
 */
import { fold, perLocale, UNSPACED, wordAlternation } from './locale-text';
import { SITE_DATE_WORDS } from './social-forms';

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type DatePart = 'year' | 'month' | 'day';

/** What one word can mean; a word may mean several things ("mar": martes and marzo in es). */
export interface Meaning {
  month?: number;
  weekday?: number;
  dayOffset?: number;
  unit?: TimeUnit;
  ago?: boolean;
  /** A whole phrase with its amount in words: "last week", "قبل شهرين" (two months ago). */
  phrase?: { unit: TimeUnit; amount: number };
  now?: boolean;
  period?: 'am' | 'pm';
  marker?: DatePart;
  filler?: boolean;
}

export interface DateLexicon {
  locale: string;
  words: ReadonlyMap<string, Meaning>;
  /** Sticky tokenizer: group 1 spaces, 2 a known word, 3 digits, 4 one punctuation mark. */
  lexer: RegExp;
  /** Between hours and minutes: ":" always, plus the locale's own ("." in fi, "h" in fr-CA). */
  timeSeparators: ReadonlySet<string>;
  /** Order of day, month and year in the locale's all-numeric dates. */
  numericOrder: readonly DatePart[];
}

const UNITS: readonly TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
const STYLES = ['long', 'short', 'narrow'] as const;
/** Two numbers of each plural category of the locale (one, two, few, many, other): each word form. */
function pluralSamples(locale: string): number[] {
  const rules = new Intl.PluralRules(locale);
  const seen = new Map<string, number>();
  const samples: number[] = [];
  for (let n = 1; n <= 120; n++) {
    const category = rules.select(n);
    const count = seen.get(category) ?? 0;
    if (count < 2) samples.push(n);
    seen.set(category, count + 1);
  }
  return samples;
}

/**
 * Word → value for one kind of meaning. A claim of a better priority wins (Intl's relative
 * forms over its unit forms); two different values at the same priority cancel the word,
 * since reading it either way would be a guess ("m": minute or month in nl narrow).
 */
class Claims<V> {
  private readonly best = new Map<string, { value: V; priority: number; conflict: boolean }>();
  add(word: string, value: V, priority: number): void {
    if (!word) return;
    const known = this.best.get(word);
    if (!known || priority < known.priority) this.best.set(word, { value, priority, conflict: false });
    else if (priority === known.priority && known.value !== value) known.conflict = true;
  }
  *entries(): Iterable<[string, V]> {
    for (const [word, claim] of this.best) if (!claim.conflict) yield [word, claim.value];
  }
}

const SITE = 0;
const RELATIVE = 1;
const FORMATTED = 2;

export const dateLexicon = perLocale((locale: string): DateLexicon => {
  const f = (s: string) => fold(s, locale);
  const counts = pluralSamples(locale);
  const months = new Claims<number>();
  const weekdays = new Claims<number>();
  const dayOffsets = new Claims<number>();
  const units = new Claims<TimeUnit>();
  const periods = new Claims<'am' | 'pm'>();
  const markers = new Claims<DatePart>();
  const flags = { ago: new Set<string>(), now: new Set<string>(), filler: new Set<string>() };
  const unitAgo = new Claims<TimeUnit>();
  const phrases = new Claims<string>();

  const dtf = (options: Intl.DateTimeFormatOptions, loc = locale) =>
    new Intl.DateTimeFormat(loc, { calendar: 'gregory', timeZone: 'UTC', numberingSystem: 'latn', ...options });
  // A name with the letters its pattern glues to it: he "ב" + "ספטמבר" (in September), fi
  // "keskiviikko" + "na" (on Wednesday). Names must hold a letter: Japanese months are
  // numbers with a 月 marker, not names.
  const namesOf = (format: Intl.DateTimeFormat, date: Date, type: string): string[] => {
    const parts = format.formatToParts(date);
    const i = parts.findIndex((p) => p.type === type);
    const name = f(parts[i]?.value ?? '');
    if (!/\p{L}/u.test(name)) return [];
    const before = /[\p{L}\p{M}]+$/u.exec(parts[i - 1]?.type === 'literal' ? parts[i - 1]!.value : '')?.[0] ?? '';
    const after = /^[\p{L}\p{M}]+/u.exec(parts[i + 1]?.type === 'literal' ? parts[i + 1]!.value : '')?.[0] ?? '';
    return [name, f(before + name + after)];
  };

  for (const month of ['long', 'short'] as const) {
    // Each context, for languages that inflect names in it (ru "октября", he "ביוני", fi "lauantaina").
    const contexts: Intl.DateTimeFormatOptions[] = [
      { month },
      { month, day: 'numeric' },
      { month, year: 'numeric' },
      { month, day: 'numeric', hour: 'numeric' },
    ];
    for (const options of contexts) {
      const format = dtf(options);
      for (let m = 0; m < 12; m++) {
        for (const name of namesOf(format, new Date(Date.UTC(2001, m, 15)), 'month')) months.add(name, m, FORMATTED);
      }
    }
  }
  for (const weekday of ['long', 'short'] as const) {
    const contexts: Intl.DateTimeFormatOptions[] = [
      { weekday },
      { weekday, day: 'numeric', month: 'long' },
      { weekday, hour: 'numeric', minute: '2-digit' },
    ];
    for (const options of contexts) {
      const format = dtf(options);
      // 2001-01-07 was a Sunday: weekday numbers follow Date#getDay.
      for (let d = 0; d < 7; d++) {
        for (const name of namesOf(format, new Date(Date.UTC(2001, 0, 7 + d)), 'weekday')) weekdays.add(name, d, FORMATTED);
      }
    }
  }
  for (const loc of [locale, 'en']) {
    // English AM/PM too: many pages show them whatever the language.
    const format = dtf({ hour: 'numeric', minute: '2-digit', hour12: true }, loc);
    const priority = loc === locale ? FORMATTED : FORMATTED + 1;
    for (const [hour, period] of [[5, 'am'], [17, 'pm']] as const) {
      const shown = format.formatToParts(new Date(Date.UTC(2001, 0, 1, hour))).find((p) => p.type === 'dayPeriod');
      periods.add(f(shown?.value ?? ''), period, priority);
    }
  }

  for (const style of STYLES) {
    const auto = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
    for (const offset of [-2, -1, 0]) {
      const word = f(auto.format(offset, 'day'));
      if (!/\d/.test(word)) dayOffsets.add(word, offset, RELATIVE);
    }
    flags.now.add(f(auto.format(0, 'second')));
    flags.now.add(f(auto.format(0, 'minute')));

    const always = new Intl.RelativeTimeFormat(locale, { style });
    for (const unit of UNITS) {
      for (const amount of [1, 2]) {
        for (const format of [auto, always]) {
          const phrase = f(format.format(-amount, unit));
          // Digits too: he writes "לפני יומיים (2)", a dual word with the number after it.
          if (phrase !== f(format.format(amount, unit)) && !(unit === 'day' && format === auto)) {
            phrases.add(phrase, `${unit}:${amount}`, RELATIVE);
          }
        }
      }
      const unitFormat = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: style });
      for (const n of counts) {
        units.add(f(unitFormat.formatToParts(n).find((p) => p.type === 'unit')?.value ?? ''), unit, FORMATTED);
        const [pastBefore, pastAfter] = aroundNumber(always.formatToParts(-n, unit), f);
        const [futureBefore, futureAfter] = aroundNumber(always.formatToParts(n, unit), f);
        if (pastBefore && pastBefore !== futureBefore) flags.ago.add(pastBefore);
        const word = sharedUnitWord(pastAfter, futureAfter);
        if (word) {
          units.add(word, unit, RELATIVE);
          const rest = pastAfter.slice(word.length).trim();
          if (rest) flags.ago.add(rest);
        }
        // The whole "hours ago" / "órával ezelőtt" too, for languages where the unit word
        // changes its ending in the past form and no shared word can be cut out.
        if (pastAfter && pastAfter !== word) unitAgo.add(pastAfter, unit, RELATIVE);
      }
    }
  }

  const sample = new Date(Date.UTC(2025, 9, 25, 17, 5));
  const literalFormats: Intl.DateTimeFormatOptions[] = [
    { dateStyle: 'full', timeStyle: 'short' },
    { dateStyle: 'long', timeStyle: 'short' },
    { dateStyle: 'medium', timeStyle: 'short' },
    { dateStyle: 'full' },
    { weekday: 'long', hour: 'numeric', minute: '2-digit' },
    { day: 'numeric', month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'short' },
    { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' },
    { month: 'long', year: 'numeric' },
  ];
  for (const options of literalFormats) {
    const parts = dtf(options).formatToParts(sample);
    parts.forEach((part, i) => {
      if (part.type !== 'literal') return;
      const literal = f(part.value).trim();
      const previous = parts[i - 1]?.type;
      // Only a word glued to its number marks it ("2025年", "25일"); " at " after a year does not.
      const glued = /^[\p{L}\p{M}]+$/u.test(part.value);
      if ((previous === 'year' || previous === 'day' || previous === 'month') && glued) {
        markers.add(literal, previous, FORMATTED);
      }
      for (const word of [literal, ...literal.split(/[^\p{L}\p{M}']+/u)]) {
        if (/[\p{L}\p{M}]/u.test(word)) flags.filler.add(word);
      }
    });
  }

  const site = SITE_DATE_WORDS[locale.split('-')[0] ?? ''] ?? {};
  for (const word of site.now ?? []) flags.now.add(f(word));
  for (const word of site.fillers ?? []) flags.filler.add(f(word));
  for (const [word, unit] of Object.entries(site.units ?? {})) units.add(f(word), unit, SITE);

  const words = new Map<string, Meaning>();
  const claim = (word: string, meaning: Meaning) => {
    for (const key of new Set([word, word.replace(/\.$/, '')])) {
      if (key) words.set(key, { ...words.get(key), ...meaning });
    }
  };
  for (const [word, month] of months.entries()) claim(word, { month });
  for (const [word, weekday] of weekdays.entries()) claim(word, { weekday });
  for (const [word, dayOffset] of dayOffsets.entries()) claim(word, { dayOffset });
  for (const [word, unit] of units.entries()) claim(word, { unit });
  for (const [word, unit] of unitAgo.entries()) claim(word, { unit, ago: true });
  for (const [word, key] of phrases.entries()) {
    const [unit, amount] = key.split(':') as [TimeUnit, string];
    claim(word, { phrase: { unit, amount: Number(amount) } });
  }
  for (const [word, period] of periods.entries()) claim(word, { period });
  for (const [word, marker] of markers.entries()) claim(word, { marker });
  // Flags add to a word's other meanings: ro "acum" is both "now" and "ago", ru "г." both the
  // year unit and the literal after a year; the parser reads each where it fits.
  for (const word of flags.ago) claim(word, { ago: true });
  for (const word of flags.now) claim(word, { now: true });
  for (const word of flags.filler) claim(word, { filler: true });

  const timeLiteral = dtf({ hour: 'numeric', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(sample)
    .find((p) => p.type === 'literal');
  const numericOrder = dtf({ year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(sample)
    .map((p) => p.type)
    .filter((t): t is DatePart => t === 'year' || t === 'month' || t === 'day');

  return {
    locale,
    words,
    // Punctuation and math signs are tokens; other symbols (emoji) end the parse.
    lexer: new RegExp(`( +)|(${wordAlternation(words.keys())})|(\\d+)|([\\p{P}\\p{Sm}])`, 'uy'),
    timeSeparators: new Set([':', f(timeLiteral?.value ?? ':').trim()]),
    numericOrder,
  };
});

/** The folded, trimmed text before and after the number of a relative-time phrase. */
function aroundNumber(parts: Intl.RelativeTimeFormatPart[], f: (s: string) => string): [string, string] {
  const first = parts.findIndex((p) => p.type !== 'literal');
  let last = first;
  while (parts[last + 1] && parts[last + 1]!.type !== 'literal') last++;
  const text = (from: number, to: number) => f(parts.slice(from, to).map((p) => p.value).join('')).trim();
  return [text(0, first), text(last + 1, parts.length)];
}

/**
 * The unit word shared by the past and future phrases ("hr." in "hr. ago" / "hr."), cut only
 * where a word ends; '' when the two differ inside a word.
 */
function sharedUnitWord(past: string, future: string): string {
  let length = 0;
  while (length < past.length && past[length] === future[length]) length++;
  const shared = past.slice(0, length).trim();
  if (!shared) return '';
  if (length === past.length || length === future.length) return shared;
  const next = past[length]!;
  return /[\p{L}\p{M}]/u.test(next) && !UNSPACED.test(next) && !UNSPACED.test(past[length - 1]!) ? '' : shared;
}
