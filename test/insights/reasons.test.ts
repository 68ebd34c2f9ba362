import { describe, expect, it } from 'vitest';
import { reasonSubstitutions, type ValueFormat } from '../../src/insights/reasons';

describe('reasonSubstitutions', () => {
  const tag = (value: number | string, as: ValueFormat) => `${as}:${value}`;

  it('orders the values as the message’s $1, $2 and says how each is formatted', () => {
    const reason = { key: 'reason_rhythm_broken', values: { days: 6, usualDays: 2 } } as const;
    expect(reasonSubstitutions(reason, tag)).toEqual(['days:2', 'days:6']);
    const waiting = { key: 'reason_followers_waiting', values: { days: 6, followers: 1240 } } as const;
    expect(reasonSubstitutions(waiting, tag)).toEqual(['count:1240', 'days:6']);
    expect(reasonSubstitutions({ key: 'reason_thesis', values: { withPosts: 12.5, withoutPosts: -1 } }, tag)).toEqual([
      'signed:12.5',
      'signed:-1',
    ]);
  });

  it('gives nothing for a reason without values, and an empty text for a missing one', () => {
    expect(reasonSubstitutions({ key: 'reason_season_now', values: {} }, tag)).toEqual([]);
    expect(reasonSubstitutions({ key: 'reason_milestone_near', values: { milestone: 1000 } }, tag)).toEqual(['count:1000', '']);
  });
});
