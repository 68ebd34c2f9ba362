import { reasonSubstitutions, type Reason, type ValueFormat } from '../insights/reasons';
import { t, tPlural, uiLocale } from './i18n';

export { formatAgo } from './elapsed';

/** What a page is called on screen: the name it shows, else its handle. */
export function pageName(page: { name?: string; handle: string }): string {
  return page.name ?? page.handle;
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiLocale()).format(count);
}

/** "1 post", "3 pages": a count with its noun in the plural form the UI language wants (`<base>_one` …). */
export function formatCounted(base: 'countPosts' | 'countPages', count: number): string {
  return tPlural(base, count, [formatCount(count)]);
}

/** "+14", "−3", "0": a change, always with its sign. */
export function formatChange(change: number): string {
  return new Intl.NumberFormat(uiLocale(), { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(change);
}

/** "7 days", "7 jours". */
export function formatDays(days: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** "12 Mar", "12 mars". */
export function formatShortDate(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' }).format(at);
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
