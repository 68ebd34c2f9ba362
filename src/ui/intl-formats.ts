import { uiLocale } from './i18n';
import { intlObject } from './intl-cache';

/** Intl's formatters in the UI language, read on each call (tests switch it), from the shared cache. */
function cached<T>(kind: string, options: object | undefined, make: (locale: string) => T): T {
  const locale = uiLocale();
  return intlObject(kind, locale, options, () => make(locale));
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
