// Local wall-clock rules are tested in a zone with daylight saving (before any Date is made).
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { isQuietAt } from '../../../src/background/reminders/quiet-hours';
import { DEFAULT_SETTINGS } from '../../../src/store/db';

/** A local Paris time, built with the local-time Date constructor. */
const paris = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('isQuietAt', () => {
  it('keeps the default 21:00–08:00 quiet across midnight, ends excluded', () => {
    const quiet = (h: number, min = 0) => isQuietAt(paris(2026, 11, 26, h, min), DEFAULT_SETTINGS);
    expect([quiet(20, 59), quiet(21), quiet(23, 59), quiet(0), quiet(7, 59), quiet(8)]).toEqual([
      false, true, true, true, true, false,
    ]);
  });

  it('handles quiet hours within one day, and none when start equals end', () => {
    const lunch = { quietStart: 12 * 60, quietEnd: 14 * 60 };
    expect(isQuietAt(paris(2026, 11, 26, 11, 59), lunch)).toBe(false);
    expect(isQuietAt(paris(2026, 11, 26, 12), lunch)).toBe(true);
    expect(isQuietAt(paris(2026, 11, 26, 14), lunch)).toBe(false);
    const none = { quietStart: 8 * 60, quietEnd: 8 * 60 };
    expect([0, 8, 12, 23].some((h) => isQuietAt(paris(2026, 11, 26, h), none))).toBe(false);
  });

  it('follows the wall clock when summer time starts (29 March 2026, 02:00 → 03:00)', () => {
    // 06:00 UTC is 08:00 in Paris that morning (UTC+2): quiet is over, though it was 07:00 the day before.
    expect(isQuietAt(Date.UTC(2026, 2, 29, 6), DEFAULT_SETTINGS)).toBe(false);
    expect(isQuietAt(Date.UTC(2026, 2, 28, 6), DEFAULT_SETTINGS)).toBe(true);
    // A quiet start inside the skipped hour (02:30) begins as soon as the clock is past it.
    const night = { quietStart: 2 * 60 + 30, quietEnd: 6 * 60 };
    expect(isQuietAt(Date.UTC(2026, 2, 29, 0, 59), night)).toBe(false); // 01:59
    expect(isQuietAt(Date.UTC(2026, 2, 29, 1, 0), night)).toBe(true); // 03:00
  });

  it('follows the wall clock when summer time ends (25 October 2026, 03:00 → 02:00)', () => {
    // 07:00 UTC is 08:00 in Paris that morning (UTC+1), 09:00 the day before.
    expect(isQuietAt(Date.UTC(2026, 9, 25, 6, 59), DEFAULT_SETTINGS)).toBe(true);
    expect(isQuietAt(Date.UTC(2026, 9, 25, 7), DEFAULT_SETTINGS)).toBe(false);
    // The repeated hour 02:00–03:00 is quiet both times round.
    expect(isQuietAt(Date.UTC(2026, 9, 25, 0, 30), DEFAULT_SETTINGS)).toBe(true);
    expect(isQuietAt(Date.UTC(2026, 9, 25, 1, 30), DEFAULT_SETTINGS)).toBe(true);
  });
});
