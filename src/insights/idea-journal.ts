import type { FollowerSample, IdeaRecord, IdeaState, PostRecord } from '../store/db';
import { uncertaintyMs } from './cadence';
import { DAY_MS, HOUR_MS } from './day';
import { medianEngagement, relativeEngagement } from './engagement';
import { countAt } from './posting-weeks';

/** A post this long after an idea was drafted or done is its outcome; later, it is just the next post. */
export const JOURNAL_LINK_DAYS = 7;
/** Done is often clicked just after posting: a post this long before "done" is its outcome too. */
const DONE_AFTER_POST_MS = 12 * HOUR_MS;
/** Followers are compared over this many days before and after the linked post. */
export const JOURNAL_FOLLOWER_DAYS = 7;

export interface JournalOutcome {
  post: PostRecord;
  /** The post's engagement as a multiple of the page's median; undefined without counts. */
  relative?: number;
  /** Followers gained in the JOURNAL_FOLLOWER_DAYS before and after the post, where visits bracket them. */
  gainBefore?: number;
  gainAfter?: number;
  /** The days after the post are not over yet. */
  pending?: true;
}

export interface JournalEntry {
  ideaId: string;
  /** What the admin last did; a drafted idea followed by a post reads as done. */
  state: IdeaState;
  at: number;
  outcome?: JournalOutcome;
}

/**
 * The page's ideas as the admin left them, newest first; each done or drafted idea linked to the
 * next own post read after it (within JOURNAL_LINK_DAYS), with what that post did.
 * `statuses` are the page's own posts (any order), `series` its follower samples oldest first.
 */
export function ideaJournal(
  records: readonly IdeaRecord[],
  statuses: readonly PostRecord[],
  series: readonly FollowerSample[],
  now: number,
): JournalEntry[] {
  const read = statuses.filter((p) => p.source === 'read' && !p.repost && p.publishedAt !== undefined).sort((a, b) => a.publishedAt! - b.publishedAt!);
  const pageMedian = medianEngagement(read);
  return [...records]
    .sort((a, b) => b.at - a.at)
    .map((record) => {
      const entry: JournalEntry = { ideaId: record.ideaId, state: record.state, at: record.at };
      if (record.state !== 'done' && record.state !== 'drafted') return entry;
      const post = linkedPost(record, read);
      if (!post) return entry;
      return { ...entry, state: 'done', outcome: outcomeOf(post, pageMedian, series, now) };
    });
}

/** The first own post after the idea (a vague date may read a little early), within the link window. */
function linkedPost(record: IdeaRecord, read: readonly PostRecord[]): PostRecord | undefined {
  const until = record.at + JOURNAL_LINK_DAYS * DAY_MS;
  const after = read.find((p) => p.publishedAt! + (uncertaintyMs(p.precision) ?? 0) >= record.at && p.publishedAt! <= until);
  if (after || record.state !== 'done') return after;
  return read.findLast((p) => p.publishedAt! < record.at && record.at - p.publishedAt! <= DONE_AFTER_POST_MS);
}

function outcomeOf(post: PostRecord, pageMedian: number | undefined, series: readonly FollowerSample[], now: number): JournalOutcome {
  const at = post.publishedAt!;
  const span = JOURNAL_FOLLOWER_DAYS * DAY_MS;
  const [before, atPost, after] = [countAt(series, at - span), countAt(series, at), countAt(series, at + span)];
  const relative = relativeEngagement(post, pageMedian);
  return {
    post,
    ...(relative !== undefined && { relative }),
    ...(before && atPost && { gainBefore: Math.round(atPost.count - before.count) }),
    ...(after && atPost && { gainAfter: Math.round(after.count - atPost.count) }),
    ...(now < at + span && { pending: true as const }),
  };
}
