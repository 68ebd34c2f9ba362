/**
 * The follower count as a Page's intro writes it ("692 personnes suivent ça"), for Pages whose
 * header links no /followers tab and whose embedded JSON has no social context (older and
 * m./mbasic. markup). The text is counted through parseCount in the page's own language.
 */
import { parseCount } from '../parse/count';
import { fold, resolveLocale } from '../parse/locale-text';
import { FOLLOWERS_LOAN, FOLLOW_STEMS } from '../parse/social-forms';
import type { Observation } from './types';

/** An intro line is short; a post's text that happens to say "follow" is not one. */
const MAX_LINE = 80;
const LINES = 'div, span';

type Followers = NonNullable<Observation['followers']>;

/** One look per document: the intro does not change as the timeline scrolls. */
const found = new WeakMap<Document, Followers | null>();

/** The adapter's last resort, when nothing else said it: looked for again on a full read (`rescan`) only. */
export function introFollowers(doc: Document, locale: string, rescan: boolean): Followers | undefined {
  const known = rescan ? undefined : found.get(doc);
  if (known !== undefined) return known ?? undefined;
  const result = findIntroLine(doc, locale);
  found.set(doc, result);
  return result ?? undefined;
}

function findIntroLine(doc: Document, locale: string): Followers | null {
  const language = resolveLocale(locale).split('-')[0]!;
  const stems = [FOLLOWERS_LOAN, ...(FOLLOW_STEMS[language]?.split('|') ?? [])];
  for (const line of doc.querySelectorAll(LINES)) {
    if (line.children.length > 0) continue;
    const text = line.textContent?.trim() ?? '';
    if (!text || text.length > MAX_LINE) continue;
    const folded = fold(text, locale);
    if (!stems.some((stem) => folded.includes(stem))) continue;
    const parsed = parseCount(text, locale);
    if (parsed) return { count: parsed.value, exact: parsed.exact, shown: text };
  }
  return null;
}
