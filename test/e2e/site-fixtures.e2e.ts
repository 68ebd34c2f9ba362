// Every site fixture, served on its real hostname to the built extension in Chromium, tracked
// from the popup: what lands in IndexedDB is what the fixture's .expected.json says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Observation, ObservedPost } from '../../src/sites/types';
import { FIXTURE_HOSTS } from './harness/fixture-server';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { clearStore, readStore } from './harness/store-reader';

interface Expected {
  url: string;
  now: string;
  observation: Observation | null;
}

const PRECISION_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, month: 31 * 86_400_000, year: 366 * 86_400_000 };

const fixtures = readdirSync('test/fixtures').flatMap((site) =>
  readdirSync(join('test/fixtures', site))
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace('.expected.json', '');
      const expected = JSON.parse(readFileSync(join('test/fixtures', site, file), 'utf8')) as Expected;
      return { site, name, expected, url: new URL(expected.url) };
    })
    // Served on the sites' own hostnames; a trackable page only (null pages have nothing to store).
    .filter((f) => f.expected.observation && (FIXTURE_HOSTS as readonly string[]).includes(f.url.hostname)),
);

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.end());

describe.each(fixtures)('$site/$name', ({ site, name, expected, url }) => {
  test('is stored as its .expected.json says', async () => {
    const observation = expected.observation!;
    await clearStore(session.worker);
    session.serveFixture(url.hostname, url.pathname, site, name);
    const page = await session.context.newPage();
    await page.goto(url.href);
    const readAt = Date.now();
    await trackFromPopup(session.context, session.worker, page);
    const stored = await readStore(session.worker);
    await page.close();

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
  });
});

/** Relative dates ("3 h") are read against the clock: compare their age, within their precision. */
function expectSameDate(got: number | undefined, want: ObservedPost, readAt: number, fixtureNow: number) {
  if (want.publishedAt === undefined) return expect(got, want.id).toBeUndefined();
  if (got === want.publishedAt) return;
  const tolerance = PRECISION_MS[want.precision ?? 'day'];
  expect(Math.abs(readAt - got! - (fixtureNow - want.publishedAt)), want.id).toBeLessThanOrEqual(tolerance);
}
