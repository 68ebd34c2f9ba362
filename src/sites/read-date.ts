// Its own module: the date parser and its locale tables are most of a site's script, and the
// sites that read dates only from time[datetime] (X, Bluesky, LinkedIn) then do not load them;
// nor does Facebook's content script, whose date and count texts the worker reads (SiteAdapter.settleTexts).
import { parseCount } from '../parse/count';
import { parseTimestamp } from '../parse/time';
import type { ObservedPost, SiteAdapter } from './types';

/** A post date from displayed text ("3 hours ago", "January 18, 2025"); nothing when unreadable. */
export function dateFrom(
  text: string | null | undefined,
  locale: string,
  now: Date,
): Pick<ObservedPost, 'publishedAt' | 'precision'> {
  const parsed = text?.trim() ? parseTimestamp(text.trim(), locale, now) : null;
  return parsed ? { publishedAt: parsed.at, precision: parsed.precision } : {};
}

/**
 * The adapter whole, for where the parsers are at hand (the worker's and the popup's site list,
 * tests, the bench): each observe reads its date and count texts at once, as the worker does for
 * the content script.
 */
export function withParsedTexts(reader: SiteAdapter): SiteAdapter {
  const { settleTexts, ...adapter } = reader;
  if (!settleTexts) return reader;
  return {
    ...adapter,
    observe(doc, url, now, postRoots) {
      const draft = reader.observe(doc, url, now, postRoots);
      return draft && settleTexts(draft, (text, locale) => datedText(text, locale, now), postRoots === undefined, (text, locale) => parseCount(text, locale) ?? undefined);
    },
  };
}

function datedText(text: string, locale: string, now: Date) {
  const { publishedAt, precision } = dateFrom(text, locale, now);
  return publishedAt !== undefined && precision ? { publishedAt, precision } : undefined;
}
