/**
 * The few forms social sites show that Intl does not produce. Everything else the parsers
 * know comes from Intl; this is the one place for hand-typed words, so keep it small and say
 * where each form is seen.
 */
import type { TimeUnit } from './locale-dates';

/**
 * Latin K and M are used as compact suffixes in every language on Instagram and X
 * ("1,2 M abonnés", "14K"); they apply only where the locale's own data does not claim them
 * (in Turkish "B" is thousands, so no Latin "B" is added anywhere).
 */
export const SITE_COMPACT_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
]);

export interface SiteDateWords {
  /** "just now" phrases: precision minute. */
  now?: readonly string[];
  /** Unit abbreviations Facebook/X/Instagram show and Intl lacks ("2 d" in Portuguese). */
  units?: Readonly<Record<string, TimeUnit>>;
  /** Words that may sit in a date and mean nothing for it (ordinal endings, "a las"). */
  fillers?: readonly string[];
}

/** Keyed by base language. */
export const SITE_DATE_WORDS: Readonly<Record<string, SiteDateWords>> = {
  en: {
    now: ['just now', 'a moment ago', 'moments ago'],
    units: { secs: 'second', mins: 'minute', hrs: 'hour', yrs: 'year' },
    fillers: ['st', 'nd', 'rd', 'th', 'on'],
  },
  fr: { now: ["à l'instant", "a l'instant"], fillers: ['er', 'le'] },
  de: { now: ['gerade eben', 'soeben', 'gerade'] },
  es: { now: ['justo ahora', 'ahora mismo', 'hace un momento'], fillers: ['a las', 'a la', 'el'] },
  it: { now: ['adesso', 'proprio ora', 'poco fa'], fillers: ['alle', 'il'] },
  pt: { now: ['agora mesmo', 'há pouco'], units: { d: 'day' }, fillers: ['às', 'a'] },
  nl: { now: ['zojuist', 'zonet', 'net'] },
};

/**
 * How Facebook's Page intro says its follower count ("1,234 people follow this", "1 234
 * personnes suivent ça", "1.234 Personen folgen dem"): a stem of the verb and of the noun
 * ("followers", "abonnés"), folded, keyed by base language and joined by "|" (small in the
 * content script). Only where no link or embedded JSON gives the count; the count itself is read
 * by parseCount in the page's locale, and a line must hold exactly one number.
 * Sources: en "N people follow this" (open-source scrapers' patterns, e.g. r"([0-9,]+) people
 * follow this</span>"), tr "N kişi bunu takip ediyor" / "takipçi" (a Turkish scraper's pattern),
 * fr "N personnes suivent ça" and the English loan "followers" (the real French capture's header
 * says "692 followers"), es "N personas siguen esto" (Spanish scrapers' patterns, e.g.
 * re.search('[0-9.]+ personas siguen esto', …)), nl "N mensen volgen dit" (a PHP scraper's
 * '%<div>([\.,0-9]*?) mensen volgen dit</div>%'), id "N orang mengikuti ini" (Indonesian
 * scrapers' "(.*?) orang mengikuti ini</div>"). Arabic pages may write the number in Eastern
 * Arabic digits ("١٬٢٣٤"), which fold reads. The other languages are Facebook's wording as its
 * translated interface writes the verb and the noun (pl "obserwują" / "obserwujących", ja
 * "フォローしています" / "フォロワー" …), not found in a capture or public scraper code (searched
 * 2026-12: de, pt, pl, ar phrases gave no Facebook hit).
 */
export const FOLLOW_STEMS: Readonly<Record<string, string>> = {
  en: 'follow',
  fr: 'suiv|abonn',
  de: 'folg|abonn',
  es: 'sigu|segu',
  it: 'segu',
  pt: 'segu',
  nl: 'volg',
  pl: 'obserwuj',
  tr: 'takip',
  ru: 'подпис|следя',
  uk: 'стеж|підпис|читач',
  ar: 'تابع',
  he: 'עוקב',
  ja: 'フォロ',
  ko: '팔로',
  zh: '关注|粉丝|追蹤|追踪|關注|粉絲',
  id: 'ikut',
  vi: 'theo dõi',
  th: 'ติดตาม',
  sv: 'följ',
  da: 'følg',
  nb: 'følg',
  no: 'følg',
  fi: 'seura',
  cs: 'sleduj',
  ro: 'urmăr',
  hu: 'követ',
  el: 'ακολουθ|ακόλουθ',
};
/** The English loan Facebook writes in many languages' interfaces ("692 followers" in French). */
export const FOLLOWERS_LOAN = 'follower';
