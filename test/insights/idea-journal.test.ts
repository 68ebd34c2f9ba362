import { describe, expect, it } from 'vitest';
import { ideaJournal } from '../../src/insights/idea-journal';
import type { IdeaRecord } from '../../src/store/db';
import { DAY, HOUR, NOW, dailySamples, page, post } from './build';

const fb = page('facebook');
const idea = (ideaId: string, state: IdeaRecord['state'], at: number): IdeaRecord => ({ pageId: fb.id, ideaId, state, at });
/** Followers: +1 a day until 20 days ago, +5 a day since. */
const followers = dailySamples(fb, 60, (d) => (d >= 20 ? 1000 - d : 980 + (20 - d) * 5));
/** Three posts of 10 reactions each, the page's median. */
const usual = [40, 35, 30].map((d) => post(fb, NOW - d * DAY, { reactions: 10 }));

describe('ideaJournal', () => {
  it('links a drafted idea to the next own post within 7 days and counts it done', () => {
    const drafted = idea('poll_favourite', 'drafted', NOW - 20 * DAY - 2 * HOUR);
    const next = post(fb, NOW - 20 * DAY, { reactions: 30 });
    const [entry] = ideaJournal([drafted], [...usual, next], followers, NOW);
    expect(entry).toMatchObject({ ideaId: 'poll_favourite', state: 'done', outcome: { post: next, relative: 3, gainBefore: 7, gainAfter: 35 } });
    expect(entry!.outcome).not.toHaveProperty('pending');
  });

  it('leaves a drafted idea drafted when no post followed within 7 days', () => {
    const drafted = idea('poll_favourite', 'drafted', NOW - 30 * DAY + HOUR);
    const late = post(fb, NOW - 20 * DAY, { reactions: 30 });
    expect(ideaJournal([drafted], [...usual, late], followers, NOW)).toEqual([{ ideaId: 'poll_favourite', state: 'drafted', at: drafted.at }]);
  });

  it('takes a post just before "done" (the admin posted, then said so)', () => {
    const before = post(fb, NOW - 3 * DAY - 2 * HOUR, { reactions: 5 });
    const [entry] = ideaJournal([idea('tip_quick', 'done', NOW - 3 * DAY)], [...usual, before], followers, NOW);
    // Seven days after have not passed yet: the outcome waits.
    expect(entry).toMatchObject({ state: 'done', outcome: { post: before, relative: 0.5, pending: true } });
    expect(entry!.outcome).not.toHaveProperty('gainAfter');
  });

  it('does not link reposts or hand-recorded posts, nor dismissed or shown ideas', () => {
    const drafted = idea('poll_favourite', 'drafted', NOW - 10 * DAY);
    const posts = [post(fb, NOW - 9 * DAY, { repost: true }), post(fb, NOW - 8 * DAY, { source: 'manual' })];
    expect(ideaJournal([drafted], posts, followers, NOW)[0]).not.toHaveProperty('outcome');
    const others = [idea('a', 'dismissed', NOW - 10 * DAY), idea('b', 'shown', NOW - 11 * DAY)];
    const journal = ideaJournal(others, [post(fb, NOW - 9 * DAY)], followers, NOW);
    expect(journal).toEqual([
      { ideaId: 'a', state: 'dismissed', at: NOW - 10 * DAY },
      { ideaId: 'b', state: 'shown', at: NOW - 11 * DAY },
    ]);
  });

  it('gives no follower change where no visits bracket it', () => {
    const drafted = idea('poll_favourite', 'drafted', NOW - 20 * DAY - HOUR);
    const [entry] = ideaJournal([drafted], [post(fb, NOW - 20 * DAY)], [], NOW);
    expect(entry!.outcome).toEqual({ post: expect.anything() });
  });
});
