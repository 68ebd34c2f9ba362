import { DAY_MS } from '../insights/day';

/** Records that stay the same are still re-dated once a day, so "last seen" is true to the day. */
export function isDayOld(at: number, now: number): boolean {
  return now - at >= DAY_MS;
}
