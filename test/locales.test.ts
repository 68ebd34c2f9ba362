import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBSCRIBER_VARIANTS } from '../src/ui/variant-keys';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const LOCALES_DIR = join(process.cwd(), 'public/_locales');

function loadMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** The $NAME$ tokens a message uses, upper-cased as Chrome matches them case-insensitively. */
function tokensOf(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
}

function declaredOf(entry: Entry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toUpperCase(), p.content]));
}

const locales = readdirSync(LOCALES_DIR);
const [reference, ...others] = ['en', ...locales.filter((l) => l !== 'en')];
const base = loadMessages(reference!);

describe('locales', () => {
  it('has English and French', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  it.each(locales)('%s: every message is non-empty and declares exactly the placeholders it uses', (locale) => {
    for (const [key, entry] of Object.entries(loadMessages(locale))) {
      expect(entry.message.trim(), `${locale} ${key}`).not.toBe('');
      expect(Object.keys(declaredOf(entry)).sort(), `${locale} ${key}`).toEqual([...new Set(tokensOf(entry.message))]);
    }
  });

  // JSON.parse keeps the last of two equal keys without a word; the stores refuse the file (web-ext
  // lint: JSON_DUPLICATE_KEY). Merges of concurrent branches are how a key comes to be written twice.
  it.each(locales)('%s writes each key once', (locale) => {
    const text = readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8');
    const keys = [...text.matchAll(/^ {2}"([^"]+)"\s*:/gm)].map((m) => m[1]!);
    expect(keys.length, locale).toBe(Object.keys(loadMessages(locale)).length);
  });

  /** What a reader sees of a message: its text without the $NAME$ placeholders. */
  const wordsOf = (entry: Entry) => entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '');

  // A YouTube channel counts subscribers (ui/format.ts tForSite picks `<key>_subscribers`): each
  // English sentence that names followers needs its variant, or YouTube reads "followers" there.
  it('each English message naming followers has a YouTube variant naming subscribers instead', () => {
    const missing = Object.keys(base).filter(
      (key) => /follower/i.test(wordsOf(base[key]!)) && !key.endsWith('_subscribers') && !key.startsWith('followers_') && !base[`${key}_subscribers`],
    );
    expect(missing).toEqual([]);
    for (const [key, entry] of Object.entries(base).filter(([key]) => key.endsWith('_subscribers'))) {
      expect(base[key.replace(/_subscribers$/, '')], `${key} varies a message that exists`).toBeDefined();
      expect(wordsOf(entry), key).not.toMatch(/follower/i);
      expect(wordsOf(entry), key).toMatch(/subscriber/i);
    }
    // formatAudience's stems: "$COUNT$ follower(s)" and "$COUNT$ subscriber(s)".
    expect(Object.keys(base).filter((key) => key.startsWith('subscribers_'))).toEqual(['subscribers_one', 'subscribers_other']);
  });

  // Asked for only when known (Firefox logs every unknown message): the list is the files' own.
  it('the code knows exactly the messages that have a YouTube variant, and the plural forms written', () => {
    const variants = Object.keys(base).filter((key) => key.endsWith('_subscribers')).map((key) => key.replace(/_subscribers$/, ''));
    expect([...SUBSCRIBER_VARIANTS].sort()).toEqual(variants.sort());
    for (const locale of locales) {
      const forms = Object.keys(loadMessages(locale)).flatMap((key) => key.match(/_(zero|one|two|few|many|other)$/)?.[1] ?? []);
      expect(new Set(forms), locale).toEqual(new Set(['one', 'other']));
    }
  });

  it.each(others)('%s never says "followers" (the audience is "abonnés" on every site) nor "statut" (a post is a "publication")', (locale) => {
    const mixed = Object.entries(loadMessages(locale!)).filter(([, entry]) => /\bfollowers?\b|\bstatuts?\b|\bstatus\b/i.test(wordsOf(entry)));
    expect(mixed.map(([key]) => key)).toEqual([]);
  });

  it('English calls a post a post, never a status', () => {
    expect(Object.keys(base).filter((key) => /\bstatus(es)?\b/i.test(wordsOf(base[key]!)))).toEqual([]);
  });

  it.each(others)('%s has the same keys as en', (locale) => {
    expect(Object.keys(loadMessages(locale!)).sort()).toEqual(Object.keys(base).sort());
  });

  it.each(others)('%s gives each message the same placeholders, bound to the same substitutions, as en', (locale) => {
    const messages = loadMessages(locale!);
    for (const [key, entry] of Object.entries(base)) {
      const other = messages[key];
      if (!other) continue;
      expect(declaredOf(other), `${locale} ${key}`).toEqual(declaredOf(entry));
    }
  });
});
