import { DAY_MS, HOUR_MS, MINUTE_MS } from '../insights/day';
import { DATE_PRECISIONS, type DatePrecision } from '../sites/types';

const UNIT_MS: Record<DatePrecision, number> = {
  second: 1000,
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
  month: 31 * DAY_MS,
  year: 366 * DAY_MS,
};

/** Whether a date known to precision `a` is at least as exact as one known to `b`. Unknown is vaguest. */
export function isAtLeastAsPrecise(a: DatePrecision | undefined, b: DatePrecision | undefined): boolean {
  const rank = (p: DatePrecision | undefined) => (p === undefined ? DATE_PRECISIONS.length : DATE_PRECISIONS.indexOf(p));
  return rank(a) <= rank(b);
}

/**
 * Whether two readings of a date at the same precision name the same moment: "3 d" read on two
 * visits an hour apart gives two epochs an hour apart, yet it is the same day-precise date.
 */
export function isSameReading(a: number, b: number, precision: DatePrecision | undefined): boolean {
  return Math.abs(a - b) < (precision === undefined ? 1 : UNIT_MS[precision]);
}
