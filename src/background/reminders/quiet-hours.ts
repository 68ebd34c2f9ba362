import type { Settings } from '../../store/db';

export type QuietHours = Pick<Settings, 'quietStart' | 'quietEnd'>;

/**
 * Whether `now` falls in the quiet hours, read on the local wall clock: "21:00–08:00" means what
 * the admin's clock shows, so a daylight-saving change moves the quiet hours with it. A start
 * after the end wraps past midnight; equal start and end means no quiet hours at all.
 */
export function isQuietAt(now: number, { quietStart, quietEnd }: QuietHours): boolean {
  const date = new Date(now);
  const minute = date.getHours() * 60 + date.getMinutes();
  if (quietStart === quietEnd) return false;
  return quietStart < quietEnd
    ? minute >= quietStart && minute < quietEnd
    : minute >= quietStart || minute < quietEnd;
}
