// Its own module: the date parser and its locale tables are most of a site's script, and the
// sites that read dates only from time[datetime] (X, Bluesky, LinkedIn) then do not load them.
import { parseTimestamp } from '../parse/time';
import type { ObservedPost } from './types';

/** A post date from displayed text ("3 hours ago", "January 18, 2025"); nothing when unreadable. */
export function dateFrom(
  text: string | null | undefined,
  locale: string,
  now: Date,
): Pick<ObservedPost, 'publishedAt' | 'precision'> {
  const parsed = text?.trim() ? parseTimestamp(text.trim(), locale, now) : null;
  return parsed ? { publishedAt: parsed.at, precision: parsed.precision } : {};
}
