/** A small seeded PRNG (mulberry32) so property-test failures reproduce from the printed seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed that has passed; CI uses it so that a landing never hangs on a rare draw. */
const CI_SEED = 1647385356;

/**
 * The seed: SEED from the environment to replay a failure; in CI a fixed one; otherwise a fresh
 * one each run, so that local runs keep exploring new cases.
 */
export function testSeed(): number {
  const fromEnv = Number(process.env.SEED);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.env.CI ? CI_SEED : Math.floor(Math.random() * 2 ** 31) + 1;
}

/** Locales the property tests sweep: the required seven and others with complete Intl data. */
export const LOCALES = [
  'en', 'en-GB', 'en-IN', 'fr', 'fr-CA', 'fr-CH', 'de', 'de-AT', 'de-CH', 'es', 'es-MX', 'it', 'pt',
  'pt-PT', 'nl', 'ru', 'uk', 'pl', 'cs', 'sv', 'da', 'nb', 'fi', 'tr', 'ja', 'zh', 'ko', 'hi', 'ar',
  'ar-EG', 'he', 'id', 'vi', 'el', 'ro', 'hu', 'bn',
];
