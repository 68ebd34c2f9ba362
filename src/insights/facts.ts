import { ABSENCE_KINDS } from '../sites/absence-kinds';
import type { PostKind, SiteId } from '../sites/types';
import type { FollowerSample, PageRecord, PostRecord } from '../store/db';
import { followerDeltas, milestoneCrossed, nextMilestones, seriesOf } from './audience';
import { cadenceOf, ownStatuses, usualDays } from './cadence';
import { DAY_MS } from './day';
import type { IdeaSignal, Season } from './ideas';
import { thesisOf } from './posting-weeks';
import type { Reason } from './reasons';

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
 * How much each reason weighs in the choice of nudges: a reason from the idea's own signals
 * outweighs a general one ("it has been 6 days" fits any idea); a seasonal idea in its window
 * outweighs both.
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

export interface Candidate {
  reason: Reason;
  strength: number;
}

export interface PageFacts {
  /** The reason each signal gives for this page now; a signal absent here does not hold. */
  bySignal: Partial<Record<IdeaSignal, Candidate>>;
  /** Reasons that fit any idea: silence, broken rhythm, the thesis. */
  general: Candidate[];
}

/** What the page's data says now, as reasons ready to give. */
export function factsOf(page: PageRecord, posts: readonly PostRecord[], followers: readonly FollowerSample[], now: number): PageFacts {
  const statuses = ownStatuses(page, posts).filter((p) => p.publishedAt! <= now);
  // Hand-recorded statuses say when, not what: they count for silence, not for content.
  const recent = statuses.filter((p) => p.source === 'read').slice(0, RECENT_POSTS);
  const series = seriesOf(page.id, followers, now);
  const thesis = thesisFact(series, statuses);
  return {
    bySignal: { ...absenceFacts(recent, page.site, now), ...engagementFacts(recent), ...commentFacts(recent), ...audienceFacts(series, now) },
    general: [...silenceFacts(page, posts, series.at(-1), now), ...(thesis ? [thesis] : [])],
  };
}

const KIND_SIGNALS = [
  ['poll', 'no-poll', 'reason_no_poll'],
  ['video', 'no-video', 'reason_no_video'],
  ['photo', 'no-photo', 'reason_no_photo'],
  ['event', 'no-event', 'reason_no_event'],
] as const satisfies readonly (readonly [PostKind, IdeaSignal, Reason['key']])[];

function hasQuestion(text: string | undefined): boolean {
  return text !== undefined && /[?？¿]/.test(text);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * "No poll in 41 days — none in your last 25 posts": counted only over posts whose kind (or text)
 * was read, for kinds the site's reader can tell apart; the days are those the posts span.
 */
function absenceFacts(recent: readonly PostRecord[], site: SiteId, now: number): PageFacts['bySignal'] {
  const facts: PageFacts['bySignal'] = {};
  const absence = (key: Reason['key'], posts: readonly PostRecord[]): Candidate => ({
    reason: { key, values: { days: Math.max(1, Math.floor((now - posts.at(-1)!.publishedAt!) / DAY_MS)), posts: posts.length } },
    strength: STRENGTH.absence + posts.length / 50,
  });
  const kinded = recent.filter((p) => p.kind !== undefined);
  if (kinded.length >= MIN_POSTS_FOR_ABSENCE) {
    for (const [kind, signal, key] of KIND_SIGNALS) {
      if (ABSENCE_KINDS[site].includes(kind) && !kinded.some((p) => p.kind === kind)) facts[signal] = absence(key, kinded);
    }
  }
  const texted = recent.filter((p) => p.text !== undefined);
  if (texted.length >= MIN_POSTS_FOR_ABSENCE && !texted.some((p) => hasQuestion(p.text))) {
    facts['no-question'] = absence('reason_no_question', texted);
  }
  return facts;
}

const ENGAGEMENT_SIGNALS = [
  ['question-engages', 'reason_question_comments', 'comments', (p: PostRecord) => hasQuestion(p.text)],
  ['poll-engages', 'reason_poll_comments', 'comments', (p: PostRecord) => p.kind === 'poll'],
  ['video-engages', 'reason_video_reactions', 'reactions', (p: PostRecord) => p.kind === 'video'],
  ['photo-engages', 'reason_photo_reactions', 'reactions', (p: PostRecord) => p.kind === 'photo'],
] as const;

/** "Posts with a question got 2× the comments": recent posts with a trait against those without. */
function engagementFacts(recent: readonly PostRecord[]): PageFacts['bySignal'] {
  const facts: PageFacts['bySignal'] = {};
  for (const [signal, key, metric, has] of ENGAGEMENT_SIGNALS) {
    const measured = recent.filter((p) => p[metric] !== undefined);
    const withIt = measured.filter(has).map((p) => p[metric]!);
    const without = measured.filter((p) => !has(p)).map((p) => p[metric]!);
    if (withIt.length < MIN_POSTS_PER_SIDE || without.length < MIN_POSTS_PER_SIDE) continue;
    const base = mean(without);
    if (base <= 0) continue;
    const ratio = round1(mean(withIt) / base);
    if (ratio >= MIN_ENGAGEMENT_RATIO) {
      facts[signal] = { reason: { key, values: { ratio } }, strength: STRENGTH.engagement + Math.min(ratio, 4) / 4 };
    }
  }
  return facts;
}

function commentFacts(recent: readonly PostRecord[]): PageFacts['bySignal'] {
  const last = recent.filter((p) => p.comments !== undefined).slice(0, FEW_COMMENTS_POSTS);
  if (last.length < FEW_COMMENTS_POSTS) return {};
  const comments = round1(mean(last.map((p) => p.comments!)));
  if (comments >= FEW_COMMENTS) return {};
  return {
    'few-comments': {
      reason: { key: 'reason_few_comments', values: { posts: FEW_COMMENTS_POSTS, comments } },
      strength: STRENGTH.fewComments,
    },
  };
}

function audienceFacts(series: readonly FollowerSample[], now: number): PageFacts['bySignal'] {
  const facts: PageFacts['bySignal'] = {};
  const latest = series.at(-1);
  if (!latest) return facts;
  const month = followerDeltas(series).find((d) => d.days === 30);
  const falling = month?.change !== undefined && month.change < 0;
  const next = nextMilestones(latest.count, 1)[0];
  // A round number ahead is no occasion while the audience moves away from it.
  if (next && next.remaining <= next.target * MILESTONE_NEAR_SHARE && !falling) {
    facts['milestone-near'] = {
      reason: { key: 'reason_milestone_near', values: { milestone: next.target, remaining: next.remaining } },
      strength: STRENGTH.milestoneNear,
    };
  }
  const crossed = milestoneCrossed(series, now - MILESTONE_PASSED_DAYS * DAY_MS);
  if (crossed !== undefined) {
    facts['milestone-passed'] = {
      reason: { key: 'reason_milestone_passed', values: { milestone: crossed } },
      strength: STRENGTH.milestonePassed,
    };
  }
  if (falling) {
    facts['audience-falling'] = {
      reason: { key: 'reason_audience_falling', values: { lost: -month!.change!, days: 30 } },
      strength: STRENGTH.audienceFalling,
    };
  }
  return facts;
}

/** Overdue (the followers have had nothing to be notified of) and a broken rhythm. */
function silenceFacts(page: PageRecord, posts: readonly PostRecord[], latest: FollowerSample | undefined, now: number): Candidate[] {
  const cadence = cadenceOf(page, posts, now);
  if (cadence.sinceMs === undefined) return [];
  const facts: Candidate[] = [];
  const days = Math.floor(cadence.sinceMs / DAY_MS);
  if (cadence.state === 'overdue' && days >= 1) {
    const strength = STRENGTH.waiting + Math.min(days / cadence.goalDays, 3) / 6;
    facts.push(
      latest && latest.count >= 2
        ? { reason: { key: 'reason_followers_waiting', values: { followers: latest.count, days } }, strength }
        : { reason: { key: 'reason_silent', values: { days } }, strength },
    );
  }
  const usual = usualDays(cadence);
  if (usual !== undefined) {
    if (days >= 2 * usual) {
      // "Every 1 day" reads badly in both languages: daily posters get their own sentence.
      const reason: Reason =
        usual === 1
          ? { key: 'reason_rhythm_daily', values: { days } }
          : { key: 'reason_rhythm_broken', values: { usualDays: usual, days } };
      facts.push({ reason, strength: STRENGTH.rhythm });
    }
  }
  return facts;
}

function thesisFact(series: readonly FollowerSample[], statuses: readonly PostRecord[]): Candidate | undefined {
  const thesis = thesisOf(series, statuses);
  if (!thesis.known || thesis.verdict !== 'posts-gain-more') return undefined;
  return {
    reason: {
      key: 'reason_thesis',
      values: { withPosts: round1(thesis.withPosts.meanGain), withoutPosts: round1(thesis.withoutPosts.meanGain) },
    },
    strength: STRENGTH.thesis,
  };
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

/** A seasonal idea's reason in its window ("coming up in 3 days", "right on time"), else undefined. */
export function seasonFact(season: Season, now: number): Candidate | undefined {
  const days = seasonDaysAway(season, now);
  if (days === undefined) return undefined;
  return {
    reason: days === 0 ? { key: 'reason_season_now', values: {} } : { key: 'reason_season_soon', values: { days } },
    strength: STRENGTH.season,
  };
}

/** For an idea the data says nothing about. */
export const FALLBACK: Candidate = { reason: { key: 'reason_something_new', values: {} }, strength: STRENGTH.fallback };
