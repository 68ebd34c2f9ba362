import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Observation, ObservedPost } from '../../../src/sites/types';
import { FIXTURE_HOSTS } from './fixture-server';
import type { StoredData } from './store-reader';

export interface Expected {
  url: string;
  now: string;
  observation: Observation | null;
}

export interface SiteFixture {
  site: string;
  name: string;
  expected: Expected;
  url: URL;
}

const PRECISION_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, month: 31 * 86_400_000, year: 366 * 86_400_000 };

/**
 * Every site fixture served on one of the sites' own hostnames, with a trackable page (null
 * pages have nothing to store), as both browsers' end-to-end suites load them.
 */
export function trackableFixtures(): SiteFixture[] {
  return readdirSync('test/fixtures').flatMap((site) =>
    readdirSync(join('test/fixtures', site))
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => {
        const name = file.replace('.expected.json', '');
        const expected = JSON.parse(readFileSync(join('test/fixtures', site, file), 'utf8')) as Expected;
        return { site, name, expected, url: new URL(expected.url) };
      })
      .filter((f) => f.expected.observation && (FIXTURE_HOSTS as readonly string[]).includes(f.url.hostname)),
  );
}

/** One fixture's .expected.json, for a test that serves it on a host of its own. */
export function expectedOf(site: string, name: string): Expected {
  return JSON.parse(readFileSync(join('test/fixtures', site, `${name}.expected.json`), 'utf8')) as Expected;
}

/** What the store holds after tracking the fixture page alone, read at `readAt`, is what its .expected.json says. */
export function expectStoredAsExpected(stored: StoredData, expected: Expected, readAt: number): void {
  const observation = expected.observation!;
  expect(stored.pages).toHaveLength(1);
  expect(stored.pages[0]).toMatchObject({
    id: `${observation.site}:${observation.page.handle}`,
    url: observation.page.url,
    ...(observation.page.name ? { name: observation.page.name } : {}),
  });
  if (observation.followers) expect(stored.followers).toMatchObject([observation.followers]);
  else expect(stored.followers).toEqual([]);

  expect(stored.posts.map((p) => p.postId).sort()).toEqual(observation.posts.map((p) => p.id).sort());
  for (const want of observation.posts) {
    const got = stored.posts.find((p) => p.postId === want.id)!;
    const { id: _id, publishedAt, ...fields } = want;
    expect(got, want.id).toMatchObject(fields);
    for (const absent of ['pinned', 'repost', 'reactions', 'comments', 'shares'] as const) {
      if (!(absent in want)) expect(got[absent], `${want.id}.${absent}`).toBeUndefined();
    }
    expectSameDate(got.publishedAt, want, readAt, Date.parse(expected.now));
  }
}

/** Relative dates ("3 h") are read against the clock: compare their age, within their precision. */
function expectSameDate(got: number | undefined, want: ObservedPost, readAt: number, fixtureNow: number) {
  if (want.publishedAt === undefined) return expect(got, want.id).toBeUndefined();
  if (got === want.publishedAt) return;
  const tolerance = PRECISION_MS[want.precision ?? 'day'];
  expect(Math.abs(readAt - got! - (fixtureNow - want.publishedAt)), want.id).toBeLessThanOrEqual(tolerance);
}
