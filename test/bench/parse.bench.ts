/**
 * Parses per second over a mixed corpus of what pages show, in several locales. Locale tables
 * are built before timing: the figure is the per-post cost on a page mutation.
 * Run: npx tsx test/bench/parse.bench.ts
 */
import { parseCount } from '../../src/parse/count';
import { parseTimestamp } from '../../src/parse/time';
import { medianMs, report } from './report';

const COUNTS: [string, string][] = [
  ['14K Followers', 'en'],
  ['1,2 k abonnés', 'fr'],
  ['12 345 personnes aiment ça', 'fr'],
  ['1,2 Mio. Follower', 'de'],
  ['12,3 mil seguidores', 'es'],
  ['3,4 Mln follower', 'it'],
  ['2,5 mi seguidores', 'pt'],
  ['1.234.567 volgers', 'nl'],
  ['1,234 likes', 'en'],
  ['no number here', 'en'],
];

const TIMES: [string, string][] = [
  ['3 h', 'fr'],
  ['2 j', 'fr'],
  ['il y a 3 heures', 'fr'],
  ['Yesterday at 5:00 PM', 'en'],
  ['Hier à 17:00', 'fr'],
  ['mardi à 09:12', 'fr'],
  ['5 octobre 2009', 'fr'],
  ['3 Nov', 'en'],
  ['Oct 25, 2025', 'en'],
  ['vor 3 Std.', 'de'],
  ['hace 2 d', 'es'],
  ['ieri alle 17:05', 'it'],
  ['há 2 dias', 'pt'],
  ['3 uur geleden', 'nl'],
  ['2025-10-25T17:05:03Z', 'en'],
  ['just now', 'en'],
];

const NOW = new Date(2025, 10, 26, 12);
const ROUNDS = 2_000;

function perSecond(corpus: [string, string][], parse: (text: string, locale: string) => unknown): Promise<number> {
  for (const [text, locale] of corpus) parse(text, locale);
  return medianMs(() => {
    for (let r = 0; r < ROUNDS; r++) for (const [text, locale] of corpus) parse(text, locale);
  }).then((ms) => (ROUNDS * corpus.length) / (ms / 1000));
}

report('parse.count.per_second', Math.round(await perSecond(COUNTS, parseCount)), 'ops/s');
report('parse.time.per_second', Math.round(await perSecond(TIMES, (t, l) => parseTimestamp(t, l, NOW))), 'ops/s');
