// The date and count texts a content script's adapter left unread (SiteAdapter.settleTexts) are
// read by the worker's parsers: their locale tables, built from Intl, are most of what a site's
// script would otherwise carry, and a page needs them only for what its own data leaves unread.
import { MAX_COUNT_TEXT, MAX_TEXTS_PER_MESSAGE } from '../message-limits';
import type { BackgroundMessage, BackgroundReply } from '../messages';
import type { Observation, PostDate, ShownCount, SiteAdapter } from '../sites/types';

type Settle = NonNullable<SiteAdapter['settleTexts']>;
type TextReads = 'read-dates' | 'read-counts';
/**
 * How a request reaches the worker: a content script's sendToBackground; a parameter so that the
 * bench runs this very settle, with a stand-in for the worker, in a page without the extension.
 */
export type SendTexts = <K extends TextReads>(request: Extract<BackgroundMessage, { type: K }>) => Promise<BackgroundReply<K>>;

/** follow-page's settle for an adapter with settleTexts: at once when no text waits to be read. */
export function settledByWorker(settleTexts: Settle, send: SendTexts) {
  return (observation: Observation, { fullRead, now }: { fullRead: boolean; now: Date }): Observation | Promise<Observation> => {
    const dateTexts: TextsByLocale = new Map();
    const countTexts: TextsByLocale = new Map();
    for (const { shownDates, shownCounts } of observation.posts) {
      if (shownDates) addTexts(dateTexts, shownDates.locale, shownDates.texts);
      if (shownCounts) addCounts(countTexts, shownCounts.locale, [...shownCounts.reactions.flat(), ...shownCounts.comments, ...shownCounts.shares]);
    }
    const followers = observation.shownFollowers;
    if (followers) addCounts(countTexts, followers.locale, [...followers.texts, ...followers.intro]);
    if (dateTexts.size === 0 && countTexts.size === 0) return settleTexts(observation, () => undefined, fullRead, () => undefined);
    const at = now.getTime();
    const dates = readInWorker(dateTexts, (locale, texts) => send({ type: 'read-dates', locale, now: at, texts }));
    const counts = readInWorker(countTexts, (locale, texts) => send({ type: 'read-counts', locale, texts }));
    return Promise.all([dates, counts]).then(([dated, counted]) =>
      settleTexts(observation, (text, locale) => dated.get(key(locale, text)), fullRead, (text, locale) => counted.get(key(locale, text))),
    );
  };
}

const key = (locale: string, text: string) => `${locale}\n${text}`;

/** Texts to read, once each, per locale. */
type TextsByLocale = Map<string, Set<string>>;

function addTexts(wanted: TextsByLocale, locale: string, texts: readonly string[]): void {
  const set = wanted.get(locale) ?? new Set<string>();
  for (const text of texts) set.add(text);
  if (set.size > 0) wanted.set(locale, set);
}

/**
 * The count texts the parser may read: a longer one (a page can write anything in a label) reads
 * as no count there too, and would get the whole request refused, and the read tried again forever.
 */
function addCounts(wanted: TextsByLocale, locale: string, texts: readonly string[]): void {
  addTexts(wanted, locale, texts.filter((text) => text.length <= MAX_COUNT_TEXT));
}

async function readInWorker<T extends PostDate | ShownCount>(
  wanted: TextsByLocale,
  ask: (locale: string, texts: string[]) => Promise<(T | null)[] | undefined>,
): Promise<Map<string, T>> {
  const read = new Map<string, T>();
  const requests: Promise<void>[] = [];
  for (const [locale, set] of wanted) {
    const texts = [...set];
    for (let start = 0; start < texts.length; start += MAX_TEXTS_PER_MESSAGE) {
      const part = texts.slice(start, start + MAX_TEXTS_PER_MESSAGE);
      requests.push(
        ask(locale, part).then((answer) => {
          // No answer: the worker stopped with the port open; the read is tried again.
          if (!Array.isArray(answer)) throw new Error('no answer');
          part.forEach((text, i) => {
            const value = answer[i];
            if (value) read.set(key(locale, text), value);
          });
        }),
      );
    }
  }
  await Promise.all(requests);
  return read;
}
