import { uiLocale } from './i18n';
import { cachedIntl } from './intl-cache';

/** Intl's formatters in the UI language, read on each call (tests switch it), from the shared cache. */

export function numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = uiLocale();
  return cachedIntl('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = uiLocale();
  return cachedIntl('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  const locale = uiLocale();
  return cachedIntl('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

export function pluralRules(options?: Intl.PluralRulesOptions): Intl.PluralRules {
  const locale = uiLocale();
  return cachedIntl('plural', locale, options, () => new Intl.PluralRules(locale, options));
}
