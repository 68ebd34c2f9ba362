/** Records that stay the same are still re-dated once a day, so "last seen" is true to the day. */
export const DAY_MS = 24 * 60 * 60 * 1000;

export function isDayOld(at: number, now: number): boolean {
  return now - at >= DAY_MS;
}
