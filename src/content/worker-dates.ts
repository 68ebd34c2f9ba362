// The date texts a content script's adapter left unread (SiteAdapter.settleDates) are read by the
// worker's date parser: its locale tables, built from Intl, are most of what a site's script
// would otherwise carry, and a page needs them only for the few posts its own data leaves undated.
import { MAX_DATE_TEXTS_PER_MESSAGE } from '../message-limits';
import type { BackgroundMessage, BackgroundReply } from '../messages';
import type { Observation, PostDate, SiteAdapter } from '../sites/types';

type Settle = NonNullable<SiteAdapter['settleDates']>;
/**
 * How a request reaches the worker: a content script's sendToBackground; a parameter so that the
 * bench runs this very settle, with a stand-in for the worker, in a page without the extension.
 */
export type SendDates = (request: Extract<BackgroundMessage, { type: 'read-dates' }>) => Promise<BackgroundReply<'read-dates'>>;

/** follow-page's settle for an adapter with settleDates: at once when no post waits for a date. */
export function settledByWorker(settleDates: Settle, send: SendDates) {
  return (observation: Observation, { fullRead, now }: { fullRead: boolean; now: Date }): Observation | Promise<Observation> => {
    const wanted = new Map<string, Set<string>>();
    for (const { shownDates } of observation.posts) {
      if (!shownDates) continue;
      const texts = wanted.get(shownDates.locale) ?? new Set<string>();
      for (const text of shownDates.texts) texts.add(text);
      wanted.set(shownDates.locale, texts);
    }
    if (wanted.size === 0) return settleDates(observation, () => undefined, fullRead);
    return readInWorker(wanted, now.getTime(), send).then((dates) =>
      settleDates(observation, (text, locale) => dates.get(key(locale, text)), fullRead),
    );
  };
}

const key = (locale: string, text: string) => `${locale}\n${text}`;

async function readInWorker(wanted: Map<string, Set<string>>, now: number, send: SendDates): Promise<Map<string, PostDate>> {
  const dates = new Map<string, PostDate>();
  const requests: Promise<void>[] = [];
  for (const [locale, set] of wanted) {
    const texts = [...set];
    for (let start = 0; start < texts.length; start += MAX_DATE_TEXTS_PER_MESSAGE) {
      const part = texts.slice(start, start + MAX_DATE_TEXTS_PER_MESSAGE);
      requests.push(
        send({ type: 'read-dates', locale, now, texts: part }).then((read) => {
          // No answer: the worker stopped with the port open; the read is tried again.
          if (!Array.isArray(read)) throw new Error('no dates');
          part.forEach((text, i) => {
            const date = read[i];
            if (date) dates.set(key(locale, text), date);
          });
        }),
      );
    }
  }
  await Promise.all(requests);
  return dates;
}
