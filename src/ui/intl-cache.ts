/**
 * Intl objects, built once per kind, locale and options and then reused: building one costs far
 * more than using it, and the lists format and sort every row (20 pages: 20 "3 days ago", their
 * plural rules, their name comparisons). The locale is a parameter, not read here, so callers
 * with an explicit locale (the dashboard's name order, unit-tested without the extension API)
 * share this one cache with those that follow the UI language.
 */
const built = new Map<string, unknown>();

export function cachedIntl<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options ?? {})}`;
  let made = built.get(key) as T | undefined;
  if (made === undefined) built.set(key, (made = make()));
  return made;
}
