/**
 * The follower count as a Page's intro writes it ("692 personnes suivent ça"), for Pages whose
 * header links no /followers tab and whose embedded JSON has no social context (older and
 * m./mbasic. markup): the intro's lines that name following in the page's language, for the count
 * parser (the worker's, for the content script) to read in the page's own language.
 */
import { fold, resolveLocale } from '../parse/locale-text';
import { FOLLOWERS_LOAN, FOLLOW_STEMS } from '../parse/social-forms';

/** An intro line is short; a post's text that happens to say "follow" is not one. */
const MAX_LINE = 80;
/** Enough for the intro's few lines about following, each counted once ("Follow" buttons repeat). */
const MAX_LINES = 20;
const LINES = 'div, span';

/** One look per document: the intro does not change as the timeline scrolls. */
const found = new WeakMap<Document, string[]>();

/** The adapter's last resort, when nothing else said it: looked for again on a full read (`rescan`) only. */
export function introFollowerLines(doc: Document, locale: string, rescan: boolean): string[] {
  const known = rescan ? undefined : found.get(doc);
  if (known) return known;
  const lines = followLines(doc, locale);
  found.set(doc, lines);
  return lines;
}

/** The leaf lines that say "follow" in the page's language, in page order: the count is the first one's that reads as one. */
function followLines(doc: Document, locale: string): string[] {
  const language = resolveLocale(locale).split('-')[0]!;
  const stems = [FOLLOWERS_LOAN, ...(FOLLOW_STEMS[language]?.split('|') ?? [])];
  const lines: string[] = [];
  for (const line of doc.querySelectorAll(LINES)) {
    if (line.children.length > 0) continue;
    const text = line.textContent?.trim() ?? '';
    if (!text || text.length > MAX_LINE) continue;
    const folded = fold(text, locale);
    if (!stems.some((stem) => folded.includes(stem)) || lines.includes(text)) continue;
    if (lines.push(text) >= MAX_LINES) break;
  }
  return lines;
}
