import browser from 'webextension-polyfill';
import { intlObject } from './intl-cache';
import { pluralRules } from './intl-formats';
import { SUBSCRIBER_VARIANTS } from './variant-keys';

/**
 * The one locale of the UI, for strings and Intl formatting alike: the browser's UI language
 * when the strings exist in its language ("fr-CA" keeps its region for numbers and dates),
 * else the language the strings fell back to. A German browser then reads English words with
 * English numbers, never "Last post vor 3 Tagen"; and a browser whose language pack differs
 * from navigator.language never mixes the two, since neither is read from navigator.
 */
export function uiLocale(): string {
  const browserLanguage = browser.i18n.getUILanguage();
  const strings = browser.i18n.getMessage('stringsLanguage');
  if (!strings) return browserLanguage;
  try {
    // Every string and number formatted asks (hundreds of times for a popup of 20 pages): the tag is parsed once.
    return intlObject('locale', browserLanguage, undefined, () => new Intl.Locale(browserLanguage)).language === strings ? browserLanguage : strings;
  } catch {
    return strings; // a UI language tag Intl does not accept
  }
}

/** A UI string from _locales. A missing key shows as itself, so a gap is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * `<key>_<variant>` where the strings have it, else `<key>`: a sentence one case words its own
 * way (a YouTube channel's subscribers) is written whole per language, never assembled from a
 * swapped word, as plural forms are (tPlural).
 */
export function tVariant(key: string, variant: 'subscribers' | undefined, substitutions?: string | string[]): string {
  return variant && SUBSCRIBER_VARIANTS.has(key) ? t(`${key}_${variant}`, substitutions) : t(key, substitutions);
}

/**
 * Plural forms live under `<base>_one` and `<base>_other`, the two forms English and French need
 * (locales.test.ts checks no other is written); French's "many" (a million and up) takes the
 * "other" sentence. Only existing messages are asked for: Firefox logs every unknown one.
 */
export function tPlural(base: string, count: number, substitutions: string[]): string {
  const category = pluralRules().select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${category}`, substitutions);
}
