/**
 * Post dates as pages show them: relative ("3 h", "il y a 3 heures", "vor 3 Std.", "2d ago"),
 * "just now", yesterday/weekday with a time ("Hier à 17:00", "Tuesday at 9:12 AM"), absolute
 * dates with or without year ("5 octobre 2009", "3 Nov", "Oct 25, 2025", "25/10/2025") and ISO
 * strings. Dates are read in the browser's time zone, the one the page rendered them in.
 * Anything not read whole (an unknown word, a number left over) gives null.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../insights/day';
import type { DatePrecision } from '../sites/types';
import { dateLexicon, type DateLexicon, type DatePart, type Meaning, type TimeUnit } from './locale-dates';
import { fold, wholeWord } from './locale-text';
import { MAX_DATE_TEXT } from '../message-limits';

export type Timestamp = { at: number; precision: DatePrecision };

// Longer than any date label; a longer text is a sentence that merely contains a date.
const MAX_LENGTH = MAX_DATE_TEXT;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const UNIT_MS: Partial<Record<TimeUnit, number>> = {
  second: 1000,
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
  week: 7 * DAY_MS,
};
const UNIT_PRECISION: Record<TimeUnit, DatePrecision> = {
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'day',
  month: 'month',
  year: 'year',
};
const DATE_SEPARATORS = new Set(['/', '.', '-']);

type Token =
  | { kind: 'num'; value: number; digits: number; raw: string }
  | { kind: 'word'; raw: string; meaning: Meaning }
  | { kind: 'punct'; raw: string };

export function parseTimestamp(text: string, locale: string, now: Date): Timestamp | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_LENGTH) return null;
  if (!(now instanceof Date) || !Number.isFinite(now.getTime())) return null;
  const iso = parseIso(text.trim());
  if (iso) return iso;
  const lexicon = dateLexicon(locale);
  const tokens = tokenize(fold(text, lexicon.locale), lexicon);
  if (!tokens || tokens.length === 0) return null;
  return justNow(tokens, now) ?? relative(tokens, now) ?? absolute(tokens, lexicon, now);
}

function parseIso(text: string): Timestamp | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) return localDate(+y!, +mo! - 1, +d!, 0, 0, 0, 'day');
  const precision = s === undefined ? 'minute' : 'second';
  if (zone === undefined) return localDate(+y!, +mo! - 1, +d!, +h, +mi!, +(s ?? 0), precision);
  const at = Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isFinite(at) ? { at, precision } : null;
}

function tokenize(text: string, lexicon: DateLexicon): Token[] | null {
  const tokens: Token[] = [];
  const { lexer, words } = lexicon;
  let at = 0;
  while (at < text.length) {
    lexer.lastIndex = at;
    const m = lexer.exec(text);
    if (!m || m[0].length === 0) return null;
    const start = at;
    at = lexer.lastIndex;
    const [, , word, digits, punct] = m;
    // A known word followed by more letters is part of an unknown word ("marx" is not "mar").
    if (word !== undefined && !wholeWord(text, start, at)) return null;
    if (word !== undefined) tokens.push({ kind: 'word', raw: word, meaning: words.get(word)! });
    else if (digits !== undefined) {
      if (digits.length > 4) return null;
      tokens.push({ kind: 'num', value: Number(digits), digits: digits.length, raw: digits });
    } else if (punct !== undefined) tokens.push({ kind: 'punct', raw: punct });
  }
  return tokens;
}

/** Punctuation, and pattern literals that name no date part (it "ore" in "alle ore" is not hours). */
const isNoise = (t: Token) =>
  t.kind === 'punct' ||
  (t.kind === 'word' &&
    t.meaning.filler === true &&
    t.meaning.month === undefined &&
    t.meaning.weekday === undefined &&
    t.meaning.dayOffset === undefined &&
    t.meaning.period === undefined);

function justNow(tokens: Token[], now: Date): Timestamp | null {
  const said = tokens.some((t) => t.kind === 'word' && t.meaning.now);
  const onlyNow = tokens.every((t) => isNoise(t) || (t.kind === 'word' && t.meaning.now));
  return said && onlyNow ? { at: now.getTime(), precision: 'minute' } : null;
}

/** "3 h", "il y a 3 heures", "3 hr. ago", "-3 j": one number, its unit, "ago" words around. */
function relative(tokens: Token[], now: Date): Timestamp | null {
  const words = tokens.filter((t) => t.kind !== 'punct');
  const phrase = words.length === 1 && words[0]!.kind === 'word' ? words[0]!.meaning.phrase : undefined;
  if (phrase) return { at: before(now, phrase.amount, phrase.unit), precision: UNIT_PRECISION[phrase.unit] };
  const index = tokens.findIndex((t) => t.kind === 'num');
  const amount = tokens[index];
  const unitToken = tokens[index + 1];
  if (amount?.kind !== 'num' || unitToken?.kind !== 'word') return null;
  const unit = unitToken.meaning.unit;
  if (!unit) return null;
  const rest = tokens.filter((_, i) => i !== index && i !== index + 1);
  // A plus sign marks the future ("+3 h" in French narrow style).
  if (!rest.every((t) => (t.kind === 'punct' && t.raw !== '+') || (t.kind === 'word' && t.meaning.ago))) return null;
  return { at: before(now, amount.value, unit), precision: UNIT_PRECISION[unit] };
}

function before(now: Date, amount: number, unit: TimeUnit): number {
  const ms = UNIT_MS[unit];
  if (ms !== undefined) return now.getTime() - amount * ms;
  const date = new Date(now.getTime());
  if (unit === 'month') date.setMonth(date.getMonth() - amount);
  else date.setFullYear(date.getFullYear() - amount);
  return date.getTime();
}

interface Clock {
  hour: number;
  minute: number;
  second?: number;
}

/** Everything that is not relative: dates, weekdays, "yesterday", times, in any order. */
function absolute(tokens: Token[], lexicon: DateLexicon, now: Date): Timestamp | null {
  const used = tokens.map(isNoise);
  const fullDate = takeNumericDate(tokens, used, lexicon, 3);
  const clock = takeClock(tokens, used, lexicon);
  const numeric = { ...takeNumericDate(tokens, used, lexicon, 2), ...fullDate };

  const loose: { value: number; digits: number }[] = [];
  const typed: Partial<Record<DatePart, number>> = {};
  const names: Meaning[] = [];
  let dayOffset: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i]) continue;
    if (token.kind === 'num') {
      const next = tokens[i + 1];
      const marker = next?.kind === 'word' ? next.meaning.marker : undefined;
      if (marker && typed[marker] === undefined) {
        typed[marker] = marker === 'month' ? token.value - 1 : token.value;
        used[i + 1] = true;
      } else loose.push(token);
      continue;
    }
    if (token.kind !== 'word') continue;
    const meaning = token.meaning;
    if (meaning.dayOffset !== undefined && dayOffset === undefined) dayOffset = meaning.dayOffset;
    else if (meaning.month !== undefined || meaning.weekday !== undefined) names.push(meaning);
    else if (meaning.period === undefined) return null;
  }

  // A name that is both a month and a weekday ("mar" in Spanish) is the month when numbers
  // stand with it and no other word names a month.
  const otherMonth = names.some((n) => n.month !== undefined && n.weekday === undefined);
  const withNumbers = loose.length > 0 || Object.keys(typed).length > 0;
  let month: number | undefined;
  let weekday: number | undefined;
  for (const name of names) {
    if (name.month !== undefined && (name.weekday === undefined || (!otherMonth && withNumbers))) {
      if (month !== undefined) return null;
      month = name.month;
    } else {
      if (weekday !== undefined) return null;
      weekday = name.weekday;
    }
  }

  const parts: Partial<Record<DatePart, number>> = { ...typed, ...numeric };
  if (month !== undefined) {
    if (parts.month !== undefined) return null;
    parts.month = month;
  }
  for (const number of loose) {
    const part: DatePart = number.digits >= 3 || number.value > 31 ? 'year' : 'day';
    if (parts[part] !== undefined) return null;
    parts[part] = number.value;
  }
  return compose(parts, clock, dayOffset, weekday, now);
}

function compose(
  parts: Partial<Record<DatePart, number>>,
  clock: Clock | undefined,
  dayOffset: number | undefined,
  weekday: number | undefined,
  now: Date,
): Timestamp | null {
  const timed = clock !== undefined;
  const { hour = 0, minute = 0, second = 0 } = clock ?? {};
  const precision: DatePrecision = !timed ? 'day' : clock.second === undefined ? 'minute' : 'second';
  const today = (days: number) =>
    localDate(now.getFullYear(), now.getMonth(), now.getDate() + days, hour, minute, second, precision);

  if (parts.month === undefined) {
    if (parts.day !== undefined || parts.year !== undefined) return null;
    if (dayOffset !== undefined) return weekday === undefined ? today(dayOffset) : null;
    if (weekday !== undefined) {
      const back = (now.getDay() - weekday + 7) % 7;
      const candidate = today(-back);
      return candidate && candidate.at > now.getTime() ? today(-back - 7) : candidate;
    }
    if (!timed) return null;
    const candidate = today(0);
    return candidate && candidate.at > now.getTime() ? today(-1) : candidate;
  }
  if (dayOffset !== undefined || (parts.day !== undefined && parts.day < 1)) return null;
  if (parts.day === undefined) {
    if (parts.year === undefined || timed || weekday !== undefined) return null;
    return localDate(parts.year, parts.month, 1, 0, 0, 0, 'month');
  }
  let result: Timestamp | null;
  if (parts.year !== undefined) {
    result = localDate(fullYear(parts.year, now), parts.month, parts.day, hour, minute, second, precision);
  } else {
    // No year shown: the most recent such date that is not in the future.
    result = localDate(now.getFullYear(), parts.month, parts.day, hour, minute, second, precision);
    if (result && result.at > now.getTime()) {
      result = localDate(now.getFullYear() - 1, parts.month, parts.day, hour, minute, second, precision);
    }
  }
  if (result && weekday !== undefined && new Date(result.at).getDay() !== weekday) return null;
  return result;
}

/**
 * "25/10/2025", "10/25/25", "2025. 10. 25." (three numbers) or "25.10." / "10/25" (two): order
 * from the locale, year first when it leads with four digits. Two numbers joined by the
 * locale's time separator are left for the clock.
 */
function takeNumericDate(
  tokens: Token[],
  used: boolean[],
  lexicon: DateLexicon,
  count: 2 | 3,
): Partial<Record<DatePart, number>> {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, s1, b, s2, c] = tokens.slice(i, i + 5);
    if (used[i] || used[i + 2] || a?.kind !== 'num' || b?.kind !== 'num' || !s1 || !DATE_SEPARATORS.has(s1.raw)) continue;
    const three = s2?.raw === s1.raw && c?.kind === 'num';
    // "19.10" is a time in Finnish, "19.10." a date.
    const clockLike = lexicon.timeSeparators.has(s1.raw) && s2?.raw !== s1.raw;
    if (three !== (count === 3) || (count === 2 && clockLike)) continue;
    const values = three ? [a, b, c] : [a, b];
    const order: DatePart[] =
      three && a.digits === 4 ? ['year', 'month', 'day'] : lexicon.numericOrder.filter((p) => three || p !== 'year');
    if (order.length !== values.length) return {};
    for (let k = i; k < i + 2 * count - 1; k++) used[k] = true;
    const parts: Partial<Record<DatePart, number>> = {};
    order.forEach((part, k) => (parts[part] = values[k]!.value - (part === 'month' ? 1 : 0)));
    return parts;
  }
  return {};
}

/** "17:00", "5:00 PM", "午後5:05", "17 h 05", "17.05" (fi); undefined when there is none. */
function takeClock(tokens: Token[], used: boolean[], lexicon: DateLexicon): Clock | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [h, sep, m, sep2, s] = tokens.slice(i, i + 5);
    if (used[i] || h?.kind !== 'num' || m?.kind !== 'num' || !sep || !lexicon.timeSeparators.has(sep.raw)) continue;
    if (h.digits > 2 || m.digits !== 2 || h.value > 23 || m.value > 59) continue;
    const withSeconds = sep2?.raw === ':' && s?.kind === 'num' && s.digits === 2 && s.value <= 59;
    if (!withSeconds && sep2?.raw === sep.raw) continue;
    const end = i + (withSeconds ? 5 : 3);
    const period = periodAround(tokens, used, i, end);
    // 0 with a period is how 12-hour clocks of the h11 cycle show noon and midnight ("0:38 pm").
    if (period && h.value > 12) continue;
    for (let k = i; k < end; k++) used[k] = true;
    const hour = period ? (h.value % 12) + (period === 'pm' ? 12 : 0) : h.value;
    return withSeconds ? { hour, minute: m.value, second: s.value } : { hour, minute: m.value };
  }
  return undefined;
}

function periodAround(tokens: Token[], used: boolean[], start: number, end: number): 'am' | 'pm' | undefined {
  for (const i of [end, start - 1]) {
    const token = tokens[i];
    if (token?.kind === 'word' && token.meaning.period && !used[i]) {
      used[i] = true;
      return token.meaning.period;
    }
  }
  return undefined;
}

function fullYear(year: number, now: Date): number {
  if (year >= 100) return year;
  const guess = 2000 + year;
  return guess > now.getFullYear() + 1 ? guess - 100 : guess;
}

/** A local date, or null when the parts do not name a real day (31 February, hour 25). */
function localDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  precision: DatePrecision,
): Timestamp | null {
  const date = new Date(year, month, day, hour, minute, second);
  if (month < 0 || month > 11 || day < -400 || hour > 23 || minute > 59 || second > 59) return null;
  const overflowed = day >= 1 && date.getDate() !== day;
  return overflowed || !Number.isFinite(date.getTime()) ? null : { at: date.getTime(), precision };
}
