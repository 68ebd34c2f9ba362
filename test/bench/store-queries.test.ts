import { describe, expect, it } from 'vitest';
import { runStoreQueriesBench } from './store-queries.chromium';

// The figures themselves come from Chromium; this proves the bench runs and reads the right rows.
describe('runStoreQueriesBench', () => {
  it('seeds the bench database and measures each popup query against a bare read of the same rows', async () => {
    const figures = await runStoreQueriesBench({ pages: 3, days: 400, postsPerDay: 0.5, runs: 1 });
    const value = (name: string) => figures.find((f) => f.name === name)?.value;
    expect(value('store.queries.seeded.posts')).toBe(3 * 200);
    expect(value('store.queries.seeded.followers')).toBe(3 * 400);
    expect(value('store.queries.pageList.rows')).toBe(3);
    // The last 365 days of 400: daily samples on days 35…399, posts every other day from day 36.
    expect(value('store.queries.followerSeries.rows')).toBe(365);
    expect(value('store.queries.postsInRange.rows')).toBe(182);
    for (const query of ['pageList', 'followerSeries', 'postsInRange']) {
      for (const figure of ['ms', 'bare.ms', 'ratio']) expect(figures.map((f) => f.name)).toContain(`store.queries.${query}.${figure}`);
    }
  });
});
