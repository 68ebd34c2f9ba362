import { describe, expect, it } from 'vitest';
import { isManualPostId, manualPost } from '../../src/insights/manual-post';
import { HOUR, NOW, page } from './build';

describe('manualPost', () => {
  const fb = page('facebook');

  it('makes a manual record for "I just posted", dated to the minute', () => {
    const record = manualPost(fb.id, NOW + 42_000, NOW + 42_000);
    expect(record).toEqual({
      pageId: fb.id,
      postId: `manual:${NOW}`,
      publishedAt: NOW,
      precision: 'minute',
      firstSeenAt: NOW + 42_000,
      lastSeenAt: NOW + 42_000,
      source: 'manual',
    });
  });

  it('keeps a picked date’s day precision', () => {
    expect(manualPost(fb.id, NOW - 48 * HOUR, NOW, 'day')).toMatchObject({ precision: 'day', publishedAt: NOW - 48 * HOUR });
  });

  it('gives one id to a double click and ids no site produces', () => {
    const a = manualPost(fb.id, NOW, NOW)!;
    const b = manualPost(fb.id, NOW + 20_000, NOW + 20_000)!;
    expect(a.postId).toBe(b.postId);
    expect(isManualPostId(a.postId)).toBe(true);
    for (const readId of ['1790000000000000000', 'pfbid02abc', 'https://x.com/a/status/1', 'manual']) {
      expect(isManualPostId(readId)).toBe(false);
    }
  });

  it('refuses dates in the future and non-dates', () => {
    expect(manualPost(fb.id, NOW + 2 * HOUR, NOW)).toBeNull();
    expect(manualPost(fb.id, Number.NaN, NOW)).toBeNull();
  });
});
