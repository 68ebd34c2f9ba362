import { uiLocale } from './i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiLocale()).format(count);
}

/** "3 days ago", "il y a 5 heures": the largest unit that fits, in the UI language. */
export function formatAgo(at: number, now: number): string {
  const rtf = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const elapsed = Math.max(0, now - at);
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  return rtf.format(-Math.floor(elapsed / DAY), 'day');
}
