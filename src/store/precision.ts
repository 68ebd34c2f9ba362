import type { DatePrecision } from '../sites/types';

const FINEST_FIRST: readonly DatePrecision[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];

/** Whether a date known to precision `a` is at least as exact as one known to `b`. Unknown is vaguest. */
export function isAtLeastAsPrecise(a: DatePrecision | undefined, b: DatePrecision | undefined): boolean {
  const rank = (p: DatePrecision | undefined) => (p === undefined ? FINEST_FIRST.length : FINEST_FIRST.indexOf(p));
  return rank(a) <= rank(b);
}
