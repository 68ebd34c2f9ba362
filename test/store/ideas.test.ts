import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { saveIdeaAction } from '../../src/background/page-edits';
import { pageDetail } from '../../src/background/page-views';
import { dismissedIdeas, restoreIdea } from '../../src/store/ideas';
import { T0, DAY, freshDb, observation, post } from './fixtures';

describe('restoreIdea', () => {
  it('brings back an idea marked "Not for me": it is listed until restored, then the nudges may pick it again', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1, { publishedAt: T0 - 5 * DAY })]), T0, { role: 'mine' });
    const [first] = (await pageDetail(db, 'x:acme', T0))!.nudges;
    await saveIdeaAction(db, 'x:acme', first!.ideaId, 'dismissed', T0);
    expect((await dismissedIdeas(db)).map((i) => i.ideaId)).toEqual([first!.ideaId]);
    expect((await pageDetail(db, 'x:acme', T0))!.nudges.map((n) => n.ideaId)).not.toContain(first!.ideaId);

    expect(await restoreIdea(db, 'x:acme', first!.ideaId)).toBe(true);
    expect(await dismissedIdeas(db)).toEqual([]);
    expect(await db.get('ideas', ['x:acme', first!.ideaId])).toBeUndefined();
    expect(await restoreIdea(db, 'x:acme', first!.ideaId)).toBe(false);
  });

  it('leaves an idea that was done or only shown as it was: the rotation needs that history', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([]), T0, { role: 'mine' });
    await saveIdeaAction(db, 'x:acme', 'poll_favourite', 'done', T0);
    expect(await restoreIdea(db, 'x:acme', 'poll_favourite')).toBe(false);
    expect((await db.get('ideas', ['x:acme', 'poll_favourite']))?.state).toBe('done');
  });
});
