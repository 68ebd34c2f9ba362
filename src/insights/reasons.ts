/**
 * Why a nudge is shown, as a message key and values. Each key's values, in this order, are the
 * substitutions $1, $2 … of its message in public/_locales; the format says how the UI turns
 * each number into text with Intl:
 * - count: a plain number (NumberFormat)
 * - days: a count of days, said as a span as people count it ("6 jours", "3 weeks", "17 mois": ui/elapsed.ts spanOfDays)
 * - ratio: a number with at most one decimal ("2", "1.5"), the message adds "×" / "fois"
 * - signed: a number with at most one decimal and its sign (signDisplay 'exceptZero')
 */
export type ValueFormat = 'count' | 'days' | 'ratio' | 'signed';

export const REASONS = {
  reason_no_poll: { days: 'days', posts: 'count' },
  reason_no_video: { days: 'days', posts: 'count' },
  reason_no_photo: { days: 'days', posts: 'count' },
  reason_no_event: { days: 'days', posts: 'count' },
  reason_no_question: { days: 'days', posts: 'count' },
  reason_poll_comments: { ratio: 'ratio' },
  reason_question_comments: { ratio: 'ratio' },
  reason_video_reactions: { ratio: 'ratio' },
  reason_photo_reactions: { ratio: 'ratio' },
  reason_few_comments: { posts: 'count', comments: 'ratio' },
  reason_milestone_near: { milestone: 'count', remaining: 'count' },
  reason_milestone_passed: { milestone: 'count' },
  reason_audience_falling: { lost: 'count', days: 'days' },
  reason_followers_waiting: { followers: 'count', days: 'days' },
  reason_silent: { days: 'days' },
  reason_rhythm_broken: { usualDays: 'days', days: 'days' },
  reason_rhythm_daily: { days: 'days' },
  reason_thesis: { withPosts: 'signed', withoutPosts: 'signed' },
  reason_season_soon: { days: 'days' },
  reason_season_now: {},
  reason_something_new: {},
} as const satisfies Record<string, Record<string, ValueFormat>>;

export type ReasonKey = keyof typeof REASONS;

export interface Reason {
  key: ReasonKey;
  values: Record<string, number | string>;
}

/**
 * The substitutions for chrome.i18n.getMessage(reason.key, …), in the message's $1, $2 order,
 * each value turned into text by `format` (the UI's Intl formatting for that kind of value).
 */
export function reasonSubstitutions(reason: Reason, format: (value: number | string, as: ValueFormat) => string): string[] {
  const formats: Record<string, ValueFormat> = REASONS[reason.key];
  return Object.entries(formats).map(([name, as]) => {
    const value = reason.values[name];
    return value === undefined ? '' : format(value, as);
  });
}
