import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { deletePageData, getPage } from '../../src/store/pages';
import { T0, freshDb, observation, post } from './fixtures';

describe('deletePageData', () => {
  it('removes the page, its posts, samples and ideas, and nothing of the other pages', async () => {
    const db = await freshDb();
    const other = observation([post(1)], { page: { handle: 'acme2', url: 'https://x.com/acme2' } });
    await ingestObservation(db, observation([post(1), post(2, { publishedAt: undefined })]), T0, { role: 'mine' });
    await ingestObservation(db, other, T0, { role: 'mine' });
    await db.put('ideas', { pageId: 'x:acme', ideaId: 'quiz', state: 'done', at: T0 });
    await db.put('ideas', { pageId: 'x:acme2', ideaId: 'quiz', state: 'done', at: T0 });

    await deletePageData(db, 'x:acme');

    expect(await getPage(db, 'x:acme')).toBeUndefined();
    for (const store of ['posts', 'followers', 'ideas'] as const) {
      expect((await db.getAll(store)).map((r) => r.pageId)).toEqual(['x:acme2']);
    }
    expect(await getPage(db, 'x:acme2')).toBeDefined();
  });
});
