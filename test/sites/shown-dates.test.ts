import { describe, expect, it } from 'vitest';
import { finest, withShownDate } from '../../src/sites/shown-dates';
import type { PostDate, ReadDate } from '../../src/sites/types';

const DATES: Record<string, PostDate> = {
  'Tuesday 10 June 2025 at 11:35': { publishedAt: 1749548100000, precision: 'minute' },
  '10 June': { publishedAt: 1749506400000, precision: 'day' },
  '2025-06-10T11:35': { publishedAt: 1749548100000, precision: 'minute' },
};
const read: ReadDate = (text, locale) => (locale === 'en' ? DATES[text] : undefined);

describe('dates written as text', () => {
  it('the finest date wins, the first of equals on a tie', () => {
    expect(finest([DATES['10 June'], undefined, DATES['Tuesday 10 June 2025 at 11:35']])).toBe(DATES['Tuesday 10 June 2025 at 11:35']);
    expect(finest([DATES['2025-06-10T11:35'], DATES['Tuesday 10 June 2025 at 11:35']])).toBe(DATES['2025-06-10T11:35']);
    expect(finest([undefined])).toBeUndefined();
  });

  it('a post is dated by the finest of its texts, in their locale, and loses them', () => {
    const post = { id: '1', text: 'Hi', shownDates: { locale: 'en', texts: ['scrambled', '10 June', 'Tuesday 10 June 2025 at 11:35'] } };
    expect(withShownDate(post, read)).toEqual({ id: '1', text: 'Hi', ...DATES['Tuesday 10 June 2025 at 11:35'] });
    expect(withShownDate({ ...post, shownDates: { locale: 'fr', texts: ['10 June'] } }, read)).toEqual({ id: '1', text: 'Hi' });
  });

  it("a post's own date stays; texts no parser reads leave it undated", () => {
    const dated = { id: '2', publishedAt: 1, precision: 'second' as const, shownDates: { locale: 'en', texts: ['10 June'] } };
    expect(withShownDate(dated, read)).toEqual({ id: '2', publishedAt: 1, precision: 'second' });
    expect(withShownDate({ id: '3', shownDates: { locale: 'en', texts: ['ↄ ɿ ɒ m'] } }, read)).toEqual({ id: '3' });
    expect(withShownDate({ id: '4' }, read)).toEqual({ id: '4' });
  });
});
