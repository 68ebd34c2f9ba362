import { DAY_MS, HOUR_MS, MINUTE_MS } from '../insights/day';
import { reasonSubstitutions, type Reason, type ValueFormat } from '../insights/reasons';
import { t, uiLocale } from './i18n';

/** What a page is called on screen: the name it shows, else its handle. */
export function pageName(page: { name?: string; handle: string }): string {
  return page.name ?? page.handle;
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiLocale()).format(count);
}

/** "+14", "−3", "0": a change, always with its sign. */
export function formatChange(change: number): string {
  return new Intl.NumberFormat(uiLocale(), { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(change);
}

/** "7 days", "7 jours". */
export function formatDays(days: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** "3 days ago", "il y a 5 heures": the largest unit that fits, in the UI language. */
export function formatAgo(at: number, now: number): string {
  const rtf = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const elapsed = Math.max(0, now - at);
  if (elapsed < HOUR_MS) return rtf.format(-Math.floor(elapsed / MINUTE_MS), 'minute');
  if (elapsed < DAY_MS) return rtf.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  return rtf.format(-Math.floor(elapsed / DAY_MS), 'day');
}

/** "12 Mar", "12 mars". */
export function formatShortDate(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' }).format(at);
}

/** "Wed 12 Mar, 14:30", "mer. 12 mars, 14:30": a moment within the coming week or so. */
export function formatShortDateTime(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

function formatValue(value: number | string, format: ValueFormat): string {
  if (typeof value === 'string') return value;
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'days':
      return formatDays(value);
    case 'ratio':
      return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(value);
    case 'signed':
      return formatChange(value);
  }
}

/** A nudge's reason as a sentence: its values, in REASONS order, become $1, $2 … */
export function formatReason(reason: Reason): string {
  return t(reason.key, reasonSubstitutions(reason, formatValue));
}
