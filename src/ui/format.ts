import { reasonSubstitutions, type Reason, type ValueFormat } from '../insights/reasons';
import type { SiteId } from '../sites/types';
import type { FollowerSample } from '../store/db';
import { t, tPlural, tVariant } from './i18n';
import { dateTimeFormat, numberFormat } from './intl-formats';
import { spanOfDays } from './elapsed';

export { formatAgo } from './elapsed';
export { pageName } from './name-order';

export function formatCount(count: number): string {
  return numberFormat().format(count);
}

/**
 * "on X", "sur Bluesky": the site beside a page's name, in words. A bare "X" after a name
 * looked like a close button ("Mario Zechner  X").
 */
export function siteLabel(site: SiteId): string {
  return t('onSite', t(`site_${site}`));
}

/** Each site's own word for its audience: YouTube counts subscribers, the others followers. */
const AUDIENCE: Partial<Record<SiteId, 'subscribers'>> = { youtube: 'subscribers' };

/**
 * A count the site showed rounded ("10.4K") stays rounded, in the UI language ("10,4 k"): as
 * many significant digits as the site gave, never an exact-looking "10,400".
 */
function formatRounded(count: number): string {
  const digits = Math.min(21, Math.max(1, String(Math.round(count)).replace(/0+$/, '').length));
  return numberFormat({ notation: 'compact', maximumSignificantDigits: digits }).format(count);
}

/** "1,240 followers", "10.4K subscribers", "1 abonné": the audience as the site names and shows it. */
export function formatAudience(site: SiteId, sample: Pick<FollowerSample, 'count' | 'exact'>): string {
  const shown = sample.exact ? formatCount(sample.count) : formatRounded(sample.count);
  return tPlural(audienceOf(site), sample.count, [shown]);
}

/** The word a site's users know for its audience, as a message key stem. */
export function audienceOf(site: SiteId): 'followers' | 'subscribers' {
  return AUDIENCE[site] ?? 'followers';
}

/**
 * A message in the site's own words: `<key>_subscribers` for YouTube where the message names the
 * audience (locales.test.ts checks each such message has it), else the message itself.
 */
export function tForSite(site: SiteId, key: string, substitutions?: string | string[]): string {
  return tVariant(key, AUDIENCE[site], substitutions);
}

/** "1 post", "3 pages": a count with its noun in the plural form the UI language wants (`<base>_one` …). */
export function formatCounted(base: 'countPosts' | 'countPages', count: number): string {
  return tPlural(base, count, [formatCount(count)]);
}

/** "+14", "−3", "0": a change, always with its sign. */
export function formatChange(change: number): string {
  return numberFormat({ signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(change);
}

/** "2", "1.5", "1,5": a multiple, at most one decimal (the sentence adds "×" or "fois"). */
export function formatRatio(ratio: number): string {
  return numberFormat({ maximumFractionDigits: 1 }).format(ratio);
}

/** "7 days", "7 jours": a setting or a period counted in days (a goal, a cooldown, the chart's span). */
export function formatDays(days: number): string {
  return numberFormat({ style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** "6 days", "3 weeks", "17 mois": how long something has lasted, as people count it (spanOfDays). */
export function formatSpan(days: number): string {
  const { unit, count } = spanOfDays(days);
  return numberFormat({ style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** "12 Mar", "12 mars". */
export function formatShortDate(at: number): string {
  return dateTimeFormat({ day: 'numeric', month: 'short' }).format(at);
}

/** "Wed 12 Mar, 14:30", "mer. 12 mars, 14:30": a moment within the coming week or so. */
export function formatShortDateTime(at: number): string {
  return dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

function formatValue(value: number | string, format: ValueFormat): string {
  if (typeof value === 'string') return value;
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'days':
      return formatSpan(value);
    case 'ratio':
      return formatRatio(value);
    case 'signed':
      return formatChange(value);
  }
}

/**
 * A nudge's reason as a sentence, in the site's words: its values, in REASONS order, become $1,
 * $2 … `peer`: said of a page the admin only watches ("Its polls got 2× the comments"), from `<key>_peer`.
 */
export function formatReason(reason: Reason, site: SiteId, peer = false): string {
  return tForSite(site, peer ? `${reason.key}_peer` : reason.key, reasonSubstitutions(reason, formatValue));
}
