/**
 * Intl objects, built once per kind, locale and options and then reused. Building one costs far
 * more than using it, and the lists format or sort every row (20 pages: 20 "3 days ago", their
 * plural rules, their names compared…); built afresh per call, that cost grew with the pages.
 * The locale is a parameter, not the UI language, so that code kept free of the extension API
 * (the dashboard's name order, unit-tested without it) shares the one cache.
 */
const built = new Map<string, unknown>();

export function intlObject<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options ?? {})}`;
  let object = built.get(key) as T | undefined;
  if (object === undefined) built.set(key, (object = make()));
  return object;
}
