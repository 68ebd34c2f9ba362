export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Days since the epoch, counted in UTC: the unit of rotation and cooldowns, so that one
 * input gives one answer whatever the machine's time zone.
 */
export function dayNumber(at: number): number {
  return Math.floor(at / DAY_MS);
}
