import type { PostKind } from '../sites/types';
import type { FollowerSample, IdeaRecord, PageRecord, PostRecord } from '../store/db';
import { followerDeltas, milestoneCrossed, nextMilestones, seriesOf, thesisOf } from './audience';
import { cadenceOf, ownStatuses } from './cadence';
import { DAY_MS, dayNumber } from './day';
import { IDEAS, type Idea, type IdeaSignal, type Season } from './ideas';
import type { Reason } from './reasons';

export interface NudgeInput {
  page: PageRecord;
  posts: readonly PostRecord[];
  followers: readonly FollowerSample[];
  ideaHistory: readonly IdeaRecord[];
  now: number;
}

export interface Nudge {
  ideaId: string;
  reason: Reason;
}

export const NUDGE_COUNT = 3;
/** An idea marked done or dismissed stays away this long; a snooze without `until` lasts a week. */
export const COOLDOWN_DAYS = { done: 30, dismissed: 90, snoozed: 7 } as const;
/** The look-back for "no poll in your last 25 posts" and engagement comparisons. */
export const RECENT_POSTS = 25;
/** Fewer posts than this with a known kind (or text) and "no poll in your last N" is not claimed. */
const MIN_POSTS_FOR_ABSENCE = 5;
/** Each side of an engagement comparison needs this many posts. */
const MIN_POSTS_PER_SIDE = 3;
/** "Posts with a question got 2× the comments" only from this ratio up. */
const MIN_ENGAGEMENT_RATIO = 1.5;
/** Average comments per post under which the last posts count as quiet. */
const FEW_COMMENTS = 1;
const FEW_COMMENTS_POSTS = 5;
/** A milestone this close (share of it) is "near". */
const MILESTONE_NEAR_SHARE = 0.05;
const MILESTONE_PASSED_DAYS = 14;

/**
 * Scores: a reason from the idea's own signals outweighs a general one ("it has been 6 days"
 * fits any idea); a seasonal idea in its window outweighs both. The jitter, drawn from page id,
 * day and idea, rotates ideas of equal weight from day to day.
 */
const STRENGTH = {
  season: 3.5,
  milestonePassed: 3.2,
  milestoneNear: 3,
  audienceFalling: 2.2,
  engagement: 2,
  absence: 2,
  fewComments: 2,
  waiting: 1.5,
  rhythm: 1.4,
  thesis: 1.3,
  fallback: 0,
} as const;
const JITTER = 1;
/** Shown yesterday: this much lower, fading to nothing over SHOWN_FADE_DAYS. */
const SHOWN_PENALTY = 2.5;
const SHOWN_FADE_DAYS = 7;
/** Three nudges giving the same reason read like one: a repeated reason weighs this much less. */
const REPEATED_REASON_PENALTY = 1;

interface Candidate {
  reason: Reason;
  strength: number;
}

export interface PageFacts {
  /** The reason each signal gives for this page now; a signal absent here does not hold. */
  bySignal: Partial<Record<IdeaSignal, Candidate>>;
  /** Reasons that fit any idea: silence, broken rhythm, the thesis. */
  general: Candidate[];
}

const KIND_SIGNALS = [
  ['poll', 'no-poll', 'reason_no_poll'],
  ['video', 'no-video', 'reason_no_video'],
  ['photo', 'no-photo', 'reason_no_photo'],
  ['event', 'no-event', 'reason_no_event'],
] as const satisfies readonly (readonly [PostKind, IdeaSignal, Reason['key']])[];

const ENGAGEMENT_SIGNALS = [
  ['question-engages', 'reason_question_comments', 'comments', (p: PostRecord) => hasQuestion(p.text)],
  ['poll-engages', 'reason_poll_comments', 'comments', (p: PostRecord) => p.kind === 'poll'],
  ['video-engages', 'reason_video_reactions', 'reactions', (p: PostRecord) => p.kind === 'video'],
  ['photo-engages', 'reason_photo_reactions', 'reactions', (p: PostRecord) => p.kind === 'photo'],
] as const;

function hasQuestion(text: string | undefined): boolean {
  return text !== undefined && /[?？¿]/.test(text);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** What the page's data says now, as reasons ready to give. */
export function factsOf(input: NudgeInput): PageFacts {
  const { page, posts, followers, now } = input;
  const bySignal: PageFacts['bySignal'] = {};
  const general: Candidate[] = [];
  const statuses = ownStatuses(page, posts).filter((p) => p.publishedAt! <= now);
  const recent = statuses.filter((p) => p.source === 'read').slice(0, RECENT_POSTS);

  const kinded = recent.filter((p) => p.kind !== undefined);
  if (kinded.length >= MIN_POSTS_FOR_ABSENCE) {
    for (const [kind, signal, key] of KIND_SIGNALS) {
      if (!kinded.some((p) => p.kind === kind)) {
        bySignal[signal] = { reason: { key, values: { posts: kinded.length } }, strength: STRENGTH.absence + kinded.length / 50 };
      }
    }
  }
  const texted = recent.filter((p) => p.text !== undefined);
  if (texted.length >= MIN_POSTS_FOR_ABSENCE && !texted.some((p) => hasQuestion(p.text))) {
    bySignal['no-question'] = {
      reason: { key: 'reason_no_question', values: { posts: texted.length } },
      strength: STRENGTH.absence + texted.length / 50,
    };
  }

  for (const [signal, key, metric, has] of ENGAGEMENT_SIGNALS) {
    const measured = recent.filter((p) => p[metric] !== undefined);
    const withIt = measured.filter(has).map((p) => p[metric]!);
    const without = measured.filter((p) => !has(p)).map((p) => p[metric]!);
    if (withIt.length < MIN_POSTS_PER_SIDE || without.length < MIN_POSTS_PER_SIDE) continue;
    const base = mean(without);
    if (base <= 0) continue;
    const ratio = round1(mean(withIt) / base);
    if (ratio >= MIN_ENGAGEMENT_RATIO) {
      bySignal[signal] = { reason: { key, values: { ratio } }, strength: STRENGTH.engagement + Math.min(ratio, 4) / 4 };
    }
  }

  const lastComments = recent.filter((p) => p.comments !== undefined).slice(0, FEW_COMMENTS_POSTS);
  if (lastComments.length === FEW_COMMENTS_POSTS) {
    const comments = round1(mean(lastComments.map((p) => p.comments!)));
    if (comments < FEW_COMMENTS) {
      bySignal['few-comments'] = {
        reason: { key: 'reason_few_comments', values: { posts: FEW_COMMENTS_POSTS, comments } },
        strength: STRENGTH.fewComments,
      };
    }
  }

  const series = seriesOf(page.id, followers, now);
  const latest = series.at(-1);
  if (latest) {
    const next = nextMilestones(latest.count, 1)[0];
    if (next && next.remaining <= next.target * MILESTONE_NEAR_SHARE) {
      bySignal['milestone-near'] = {
        reason: { key: 'reason_milestone_near', values: { milestone: next.target, remaining: next.remaining } },
        strength: STRENGTH.milestoneNear,
      };
    }
    const crossed = milestoneCrossed(series, now - MILESTONE_PASSED_DAYS * DAY_MS);
    if (crossed !== undefined) {
      bySignal['milestone-passed'] = {
        reason: { key: 'reason_milestone_passed', values: { milestone: crossed } },
        strength: STRENGTH.milestonePassed,
      };
    }
    const month = followerDeltas(series, now).find((d) => d.days === 30);
    if (month?.change !== undefined && month.change < 0) {
      bySignal['audience-falling'] = {
        reason: { key: 'reason_audience_falling', values: { lost: -month.change, days: 30 } },
        strength: STRENGTH.audienceFalling,
      };
    }
  }

  const cadence = cadenceOf(page, posts, now);
  if (cadence.sinceMs !== undefined) {
    const days = Math.floor(cadence.sinceMs / DAY_MS);
    if (cadence.state === 'overdue' && days >= 1) {
      const strength = STRENGTH.waiting + Math.min(days / cadence.goalDays, 3) / 6;
      general.push(
        latest && latest.count >= 2
          ? { reason: { key: 'reason_followers_waiting', values: { followers: latest.count, days } }, strength }
          : { reason: { key: 'reason_silent', values: { days } }, strength },
      );
    }
    if (cadence.medianGapMs !== undefined) {
      const usualDays = Math.max(1, Math.round(cadence.medianGapMs / DAY_MS));
      if (days >= 2 * usualDays) {
        // "Every 1 day" reads badly in both languages: daily posters get their own sentence.
        const reason: Reason =
          usualDays === 1
            ? { key: 'reason_rhythm_daily', values: { days } }
            : { key: 'reason_rhythm_broken', values: { usualDays, days } };
        general.push({ reason, strength: STRENGTH.rhythm });
      }
    }
  }

  const thesis = thesisOf(series, statuses, now);
  if (thesis.known && thesis.withPosts.meanGain > thesis.withoutPosts.meanGain) {
    general.push({
      reason: {
        key: 'reason_thesis',
        values: { withPosts: round1(thesis.withPosts.meanGain), withoutPosts: round1(thesis.withoutPosts.meanGain) },
      },
      strength: STRENGTH.thesis,
    });
  }
  return { bySignal, general };
}

/** Days from `now` to the season's start (0 inside it), or undefined outside its window. */
export function seasonDaysAway(season: Season, now: number): number | undefined {
  const year = new Date(now).getUTCFullYear();
  for (const y of [year - 1, year]) {
    const from = Date.UTC(y, season.from[0] - 1, season.from[1]);
    const toYear = season.to[0] < season.from[0] ? y + 1 : y;
    const to = Date.UTC(toYear, season.to[0] - 1, season.to[1]) + DAY_MS;
    if (now >= from && now < to) return 0;
  }
  for (const y of [year, year + 1]) {
    const from = Date.UTC(y, season.from[0] - 1, season.from[1]);
    if (now < from && from - now <= season.leadDays * DAY_MS) return Math.ceil((from - now) / DAY_MS);
  }
  return undefined;
}

/** FNV-1a: a stable number in [0, 1) from a string, so the same page and day draw the same. */
function seeded(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

/** The newest record of each idea for this page. */
function latestRecords(page: PageRecord, history: readonly IdeaRecord[]): Map<string, IdeaRecord> {
  const latest = new Map<string, IdeaRecord>();
  for (const record of history) {
    if (record.pageId !== page.id) continue;
    const known = latest.get(record.ideaId);
    if (!known || record.at > known.at) latest.set(record.ideaId, record);
  }
  return latest;
}

/**
 * Excluded (undefined) while done, dismissed or snoozed; otherwise a penalty for having been
 * shown on an earlier day. Shown today costs nothing: the picks stay the same all day even
 * though the UI records them as shown.
 */
function historyPenalty(record: IdeaRecord | undefined, now: number): number | undefined {
  if (!record) return 0;
  switch (record.state) {
    case 'done':
    case 'dismissed':
      return now - record.at < COOLDOWN_DAYS[record.state] * DAY_MS ? undefined : 0;
    case 'snoozed':
      return now < (record.until ?? record.at + COOLDOWN_DAYS.snoozed * DAY_MS) ? undefined : 0;
    case 'shown': {
      const daysAgo = dayNumber(now) - dayNumber(record.at);
      if (daysAgo < 1) return 0;
      return SHOWN_PENALTY * Math.max(0, 1 - (daysAgo - 1) / SHOWN_FADE_DAYS);
    }
  }
}

interface Entry {
  idea: Idea;
  order: number;
  base: number;
  candidates: Candidate[];
}

const FALLBACK: Candidate = { reason: { key: 'reason_something_new', values: {} }, strength: STRENGTH.fallback };

/**
 * Three ideas for the page today, each with the reason its data gives. Deterministic: the same
 * input gives the same nudges. Picks are of three different categories when the catalogue
 * allows; fewer than three only when nearly every idea is cooling down.
 */
export function pickNudges(input: NudgeInput): Nudge[] {
  const { page, now } = input;
  const facts = factsOf(input);
  const history = latestRecords(page, input.ideaHistory);
  const day = dayNumber(now);
  const entries: Entry[] = [];
  IDEAS.forEach((idea, order) => {
    if (!idea.platforms.includes(page.site)) return;
    const penalty = historyPenalty(history.get(idea.id), now);
    if (penalty === undefined) return;
    const candidates: Candidate[] = [];
    if (idea.season) {
      const days = seasonDaysAway(idea.season, now);
      if (days === undefined) return;
      candidates.push({
        reason: days === 0 ? { key: 'reason_season_now', values: {} } : { key: 'reason_season_soon', values: { days } },
        strength: STRENGTH.season,
      });
    }
    for (const signal of idea.signals) {
      const fact = facts.bySignal[signal];
      if (fact) candidates.push(fact);
    }
    candidates.push(...facts.general, FALLBACK);
    entries.push({ idea, order, base: seeded(`${page.id}|${day}|${idea.id}`) * JITTER - penalty, candidates });
  });

  const picked: Nudge[] = [];
  const categories = new Set<string>();
  const reasonKeys = new Set<string>();
  while (picked.length < NUDGE_COUNT) {
    const fresh = entries.filter((e) => !categories.has(e.idea.category));
    const pool = fresh.length > 0 ? fresh : entries;
    let best: { entry: Entry; reason: Reason; score: number } | undefined;
    for (const entry of pool) {
      for (const { reason, strength } of entry.candidates) {
        const score = entry.base + strength - (reasonKeys.has(reason.key) ? REPEATED_REASON_PENALTY : 0);
        if (!best || score > best.score || (score === best.score && entry.order < best.entry.order)) {
          best = { entry, reason, score };
        }
      }
    }
    if (!best) break;
    picked.push({ ideaId: best.entry.idea.id, reason: best.reason });
    categories.add(best.entry.idea.category);
    reasonKeys.add(best.reason.key);
    entries.splice(entries.indexOf(best.entry), 1);
  }
  return picked;
}
