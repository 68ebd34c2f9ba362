import { DAY_MS, HOUR_MS, MINUTE_MS } from '../insights/day';
import type { DatePrecision } from '../sites/types';
import { t } from './i18n';
import { relativeTimeFormat } from './intl-formats';

/** Under two weeks people count days; under two months, weeks; then months, then years. */
const DAYS_BEFORE_WEEKS = 14;
const MONTHS_BEFORE_MONTHS_SAY = 2;
const AVERAGE_MONTH_DAYS = 365.25 / 12;

type SpanUnit = 'day' | 'week' | 'month' | 'year';
type Unit = 'minute' | 'hour' | SpanUnit;
/** What to say: a count of units ago, or a phrase of its own ("just now"). */
type Elapsed = { unit: Unit; count: number } | { phrase: string };

function localDay(at: number): number {
  const d = new Date(at);
  // Noon avoids a daylight-saving hour tipping the division to the wrong day.
  return Math.round(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12).getTime() / DAY_MS);
}

function monthsBetween(at: number, now: number): number {
  const a = new Date(at);
  const b = new Date(now);
  return (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth();
}

/**
 * Months and years, as people count them: "13 months ago" says more than "1 year ago", but a
 * whole year ("1 year ago") and anything from two years on is counted in years.
 */
function monthsOrYears(months: number): { unit: 'month' | 'year'; count: number } {
  if (months < 12) return { unit: 'month', count: months };
  return months % 12 === 0 || months >= 24 ? { unit: 'year', count: Math.floor(months / 12) } : { unit: 'month', count: months };
}

/**
 * A span of whole days as people count it: days, then weeks, then months, then years ("6 days",
 * "3 weeks", "17 months", "2 years"). The headline's "ago" and the sentences that say how long
 * ("no new post for 17 months") both count so.
 */
export function spanOfDays(days: number): { unit: SpanUnit; count: number } {
  if (days < DAYS_BEFORE_WEEKS) return { unit: 'day', count: days };
  const months = Math.floor(days / AVERAGE_MONTH_DAYS);
  if (months < MONTHS_BEFORE_MONTHS_SAY) return { unit: 'week', count: Math.floor(days / 7) };
  return monthsOrYears(months);
}

/** The largest unit that fits, never finer than what the date was read to. */
function elapsedOf(at: number, now: number, precision: DatePrecision | undefined): Elapsed {
  const ms = Math.max(0, now - at);
  switch (precision) {
    case 'year':
      return { unit: 'year', count: Math.max(0, new Date(now).getFullYear() - new Date(at).getFullYear()) };
    case 'month':
      return monthsOrYears(Math.max(0, monthsBetween(at, now)));
    case 'day':
      // A date read to the day is a calendar day: posted "yesterday" is yesterday, whatever the hour now.
      return spanOfDays(Math.max(0, localDay(now) - localDay(at)));
    case 'hour':
      if (ms < HOUR_MS) return { phrase: t('agoUnderHour') };
      break;
    default:
      if (ms < MINUTE_MS) return { phrase: t('agoJustNow') };
  }
  if (ms < HOUR_MS) return { unit: 'minute', count: Math.floor(ms / MINUTE_MS) };
  if (ms < DAY_MS) return { unit: 'hour', count: Math.floor(ms / HOUR_MS) };
  return spanOfDays(Math.floor(ms / DAY_MS));
}

/**
 * "5 minutes ago", "yesterday", "3 weeks ago", "il y a 1 an": elapsed time as people say it, in
 * the UI language. `approximate` (a date read vaguely, "3 d") puts "about" before the number,
 * inside the phrase ("about 3 days ago", "il y a environ 3 jours"); a phrase without a number
 * ("yesterday", "this month") is left as it is.
 */
export function formatAgo(at: number, now: number, precision?: DatePrecision, approximate = false): string {
  const elapsed = elapsedOf(at, now, precision);
  if ('phrase' in elapsed) return elapsed.phrase;
  const { unit, count } = elapsed;
  // Words for no number at all: "today", "yesterday", "this month", "this year".
  if (count === 0 || (unit === 'day' && count === 1)) {
    return relativeTimeFormat({ numeric: 'auto' }).format(-count, unit);
  }
  const parts = relativeTimeFormat({ numeric: 'always' }).formatToParts(-count, unit);
  if (!approximate) return parts.map((p) => p.value).join('');
  const first = parts.findIndex((p) => p.type === 'integer');
  return parts.map((p, i) => (i === first ? `${t('about')} ${p.value}` : p.value)).join('');
}
