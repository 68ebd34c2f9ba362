/**
 * The few forms social sites show that Intl does not produce. Everything else the parsers
 * know comes from Intl; this is the one place for hand-typed words, so keep it small and say
 * where each form is seen.
 */
/**
 * Latin K and M are used as compact suffixes in every language on Instagram and X
 * ("1,2 M abonnés", "14K"); they apply only where the locale's own data does not claim them
 * (in Turkish "B" is thousands, so no Latin "B" is added anywhere).
 */
export const SITE_COMPACT_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
]);
