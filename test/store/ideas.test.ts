import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { saveIdeaAction } from '../../src/background/page-edits';
import { dismissedIdeas, restoreIdea } from '../../src/store/ideas';
import { T0, freshDb, observation } from './fixtures';

describe('dismissedIdeas', () => {
  it('lists what the admin marked "Not for me", newest first, until it is restored', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([]), T0, { role: 'mine' });
    await saveIdeaAction(db, 'x:acme', 'poll_favourite', 'dismissed', T0);
    await saveIdeaAction(db, 'x:acme', 'quiz_true_false', 'dismissed', T0 + 1000);
    await saveIdeaAction(db, 'x:acme', 'tip_quick', 'done', T0);
    expect((await dismissedIdeas(db)).map((i) => i.ideaId)).toEqual(['quiz_true_false', 'poll_favourite']);
    expect(await restoreIdea(db, 'x:acme', 'poll_favourite', T0 + 2000)).toBe(true);
    expect((await dismissedIdeas(db)).map((i) => i.ideaId)).toEqual(['quiz_true_false']);
    expect((await db.get('ideas', ['x:acme', 'poll_favourite']))?.state).toBe('shown');
  });
});
