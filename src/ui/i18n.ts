import browser from 'webextension-polyfill';

/** The browser's UI language: the extension follows it (no language setting of its own). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/** A UI string from _locales. A missing key shows as itself, so a gap is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Plural forms live under `<base>_one`, `<base>_other` … (CLDR categories of the UI language). */
export function tPlural(base: string, count: number, substitutions: string[]): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  return browser.i18n.getMessage(`${base}_${category}`, substitutions) || t(`${base}_other`, substitutions);
}
