import { afterEach, describe, expect, test, vi } from 'vitest';
import { reminderMessage } from '../../../src/background/reminders/notification';
import { uiLanguage } from '../../ui/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../../ui/fake-browser')).fakeBrowser }));

afterEach(() => {
  uiLanguage.current = 'en';
});

describe('reminder wording', () => {
  test('a YouTube channel is reminded of its subscribers, other pages of their followers', () => {
    expect(reminderMessage(6, 1240, undefined, 'youtube')).toBe('Your 1,240 subscribers have not heard from you in 6 days');
    expect(reminderMessage(6, 1240, undefined, 'facebook')).toBe('Your 1,240 followers have not heard from you in 6 days');
    // Without a count worth saying, still the site's word.
    expect(reminderMessage(6, undefined, 'A code just for subscribers', 'youtube')).toBe('Your subscribers have not heard from you in 6 days — idea: A code just for subscribers');
    expect(reminderMessage(6, undefined, undefined, 'x')).toBe('Your followers have not heard from you in 6 days');
    uiLanguage.current = 'fr';
    expect(reminderMessage(6, 1240, undefined, 'youtube').replace(/[\u202f\u00a0]/g, ' ')).toBe('Vos 1 240 abonnés n’ont pas eu de nouvelles depuis 6 jours');
  });

  test('a long silence is said in weeks, months or years, never in hundreds of days', () => {
    expect(reminderMessage(40, 692, undefined, 'facebook')).toBe('Your 692 followers have not heard from you in 5 weeks');
    uiLanguage.current = 'fr';
    expect(reminderMessage(542, 692, undefined, 'facebook').replace(/[\u202f\u00a0]/g, ' ')).toBe('Vos 692 abonnés n’ont pas eu de nouvelles depuis 17 mois');
  });
});
