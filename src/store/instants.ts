import { DAY_MS } from '../insights/day';

/** Social sites older than this do not exist. */
export const EARLIEST = Date.UTC(2003, 0, 1);
/** Later than a day ahead is a forged or broken date (a day covers any time zone's "today"). */
const FUTURE_SLACK_MS = DAY_MS;

/**
 * An instant a stored record may carry (epoch ms): the worker's bound for what pages show and
 * a backup's for what it restores, so that every stored date formats and counts.
 */
export function isPlausibleInstant(value: unknown, now: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST && value <= now + FUTURE_SLACK_MS;
}
