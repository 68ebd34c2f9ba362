import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { IDEAS, ideaBodyKey, ideasFor, ideaTitleKey, type IdeaCategory, type IdeaSignal } from '../../src/insights/ideas';
import { REASONS } from '../../src/insights/reasons';
import { SITE_IDS } from '../../src/sites/types';

const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const CATEGORIES: IdeaCategory[] = [
  'exclusive', 'poll', 'contest', 'quiz', 'question', 'behind-the-scenes', 'user-content', 'event', 'tip', 'milestone', 'seasonal',
];
const SIGNALS: IdeaSignal[] = [
  'no-poll', 'no-video', 'no-photo', 'no-event', 'no-question', 'poll-engages', 'question-engages', 'video-engages',
  'photo-engages', 'few-comments', 'milestone-near', 'milestone-passed', 'audience-falling',
];

describe('idea catalogue', () => {
  it('holds at least 40 ideas with unique ids, in every category', () => {
    expect(IDEAS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(IDEAS.map((i) => i.id)).size).toBe(IDEAS.length);
    expect(new Set(IDEAS.map((i) => i.category))).toEqual(new Set(CATEGORIES));
  });

  it('uses every signal, and dates only seasonal ideas', () => {
    expect(new Set(IDEAS.flatMap((i) => i.signals))).toEqual(new Set(SIGNALS));
    for (const idea of IDEAS) expect(idea.season !== undefined, idea.id).toBe(idea.category === 'seasonal');
  });

  it('offers every platform plenty, and no poll idea where there are no polls', () => {
    for (const site of SITE_IDS) expect(ideasFor(site).length, site).toBeGreaterThanOrEqual(30);
    expect(ideasFor('bluesky').filter((i) => i.category === 'poll').map((i) => i.id)).toEqual(['poll_reaction_vote']);
  });

  it('has a title and a body in the English messages for every idea', () => {
    for (const idea of IDEAS) {
      expect(messages[ideaTitleKey(idea.id)]?.message, idea.id).toBeTruthy();
      expect(messages[ideaBodyKey(idea.id)]?.message, idea.id).toBeTruthy();
    }
  });

  it('has a message for every reason, its placeholders bound $1, $2 … in the order of the reason’s values', () => {
    for (const [key, values] of Object.entries(REASONS)) {
      const entry = messages[key];
      expect(entry?.message, key).toBeTruthy();
      const bound = Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]);
      expect(bound, key).toEqual(Object.keys(values).map((name, i) => [name.toLowerCase(), `$${i + 1}`]));
    }
  });
});
