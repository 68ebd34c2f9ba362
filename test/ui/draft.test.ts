import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDEAS } from '../../src/insights/ideas';
import type { Nudge } from '../../src/insights/nudges';
import { POST_LENGTH_LIMIT } from '../../src/sites/composer';
import { SITE_IDS } from '../../src/sites/types';
import { draftText, openDraft } from '../../src/ui/draft';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const nudge = (ideaId: string, values: Nudge['reason']['values'] = {}): Nudge => ({ ideaId, reason: { key: 'reason_something_new', values } });
const page = { site: 'x' as const, handle: 'lumiere', name: 'Boulangerie Lumière', url: 'https://x.com/lumiere' };

beforeEach(() => {
  uiLanguage.current = 'en';
});

describe('draftText', () => {
  it.each(['en', 'fr'] as const)('%s: has a draft for each of the ideas, within every site’s limit even with a long name', (language) => {
    uiLanguage.current = language;
    expect(IDEAS).toHaveLength(49);
    const longName = 'N'.repeat(400);
    for (const idea of IDEAS) {
      const text = draftText(nudge(idea.id), page, 1234);
      expect(text.length, idea.id).toBeGreaterThan(15);
      expect(text, idea.id).not.toContain('$');
      for (const site of SITE_IDS) {
        const long = draftText(nudge(idea.id), { ...page, site, name: longName }, 1234);
        expect([...long].length, `${idea.id} on ${site}`).toBeLessThanOrEqual(POST_LENGTH_LIMIT[site]);
        // The name is shortened, the sentence around it kept whole.
        const parts = draftText(nudge(idea.id), { ...page, site, name: 'Z' }, 1234).split('Z');
        for (const part of parts) expect(long, `${idea.id} on ${site}`).toContain(part);
      }
    }
  });

  it('fills the page’s name, and a milestone it has reached, in the UI language', () => {
    expect(draftText(nudge('season_new_year'), page)).toContain('Boulangerie Lumière');
    // 1,234 followers: the page has passed 1,000, not "1,234, a round number".
    expect(draftText(nudge('milestone_thank_you'), page, 1234)).toContain('1,000 followers');
    const passed = { ideaId: 'milestone_thank_you', reason: { key: 'reason_milestone_passed', values: { milestone: 2500 } } } as const;
    expect(draftText(passed, page, 2600)).toContain('2,500');
    // Near 2,500 is not there yet: the draft thanks for the 1,000 passed.
    const near = { ideaId: 'contest_milestone_giveaway', reason: { key: 'reason_milestone_near', values: { milestone: 2500, remaining: 40 } } } as const;
    expect(draftText(near, page, 2460)).toContain('1,000 followers');
    // A YouTube channel thanks its subscribers.
    expect(draftText(nudge('milestone_thank_you'), { ...page, site: 'youtube' }, 1234)).toBe('We passed 1,000 subscribers! Thank you: this channel has brought us ….');
    uiLanguage.current = 'fr';
    expect(draftText(nudge('milestone_thank_you'), page, 10_400)).toMatch(/10\s000 abonnés/);
    // A poll's options stay blank for the admin to fill.
    expect(draftText(nudge('poll_favourite'), page)).toBe('Vous préférez lequel ? … ou … ? Votez ci-dessous !');
  });
});

describe('openDraft', () => {
  const opened: string[] = [];
  const copied: string[] = [];
  beforeEach(() => {
    opened.length = 0;
    copied.length = 0;
    vi.spyOn(window, 'open').mockImplementation((url) => void opened.push(String(url)) as never);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
  });
  afterEach(() => vi.restoreAllMocks());

  it('records the idea as drafted, then opens X’s composer with the text', async () => {
    const record = vi.fn(async () => {});
    const outcome = await openDraft(nudge('poll_favourite'), page, record);
    expect(record).toHaveBeenCalledOnce();
    expect(outcome).toEqual({ how: 'opened', text: 'Which one do you prefer? … or …? Vote below!' });
    expect(opened).toEqual([`https://x.com/intent/post?text=${encodeURIComponent(outcome.text)}`]);
    expect(copied).toEqual([]);
  });

  it('copies the text and opens the page where the site takes no text in its address', async () => {
    const facebook = { ...page, site: 'facebook' as const, url: 'https://www.facebook.com/lumiere' };
    const outcome = await openDraft(nudge('tip_quick'), facebook, async () => {});
    expect(outcome.how).toBe('copied');
    expect(copied).toEqual([outcome.text]);
    expect(opened).toEqual(['https://www.facebook.com/lumiere']);
  });

  it('says so, and still opens the page, when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    const outcome = await openDraft(nudge('tip_quick'), { ...page, site: 'instagram' }, async () => {});
    expect(outcome.how).toBe('copy-failed');
    expect(opened).toEqual([page.url]);
  });
});
