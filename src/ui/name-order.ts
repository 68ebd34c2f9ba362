import { intlObject } from './intl-cache';

/** A page as the lists name it: the name its site shows, else its handle. */
export function pageName(page: { name?: string; handle: string }): string {
  return page.name ?? page.handle;
}

/** Pages by name as the admin's language sorts them: the one name order of every list (popup, options, dashboard). */
export function byPageName(locale: string): (a: { name?: string; handle: string }, b: { name?: string; handle: string }) => number {
  const collator = intlObject('collator', locale, undefined, () => new Intl.Collator(locale));
  return (a, b) => collator.compare(pageName(a), pageName(b));
}
