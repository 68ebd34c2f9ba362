import { uiLocale } from './i18n';

/**
 * Intl's formatters, built once per locale and options and then reused. Building one costs far
 * more than formatting with it, and the popup's list formats every row (20 pages: 20 "3 days
 * ago", their plural rules...); built afresh per call, that cost grew with the number of pages.
 * Keyed by the locale too, as the UI language is read on each call (tests switch it).
 */
const built = new Map<string, unknown>();

function cached<T>(kind: string, options: object | undefined, make: (locale: string) => T): T {
  const locale = uiLocale();
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options ?? {})}`;
  let format = built.get(key) as T | undefined;
  if (format === undefined) built.set(key, (format = make(locale)));
  return format;
}

export function numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached('relative', options, (locale) => new Intl.RelativeTimeFormat(locale, options));
}

export function pluralRules(options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', options, (locale) => new Intl.PluralRules(locale, options));
}
