import type { FollowerSample, IdeaRecord, PageRecord, PostRecord } from '../store/db';
import { DAY_MS, dayNumber } from './day';
import { FALLBACK, factsOf, seasonFact, type Candidate } from './facts';
import { ideasFor, type Idea } from './ideas';
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
/** An idea marked done, drafted or dismissed stays away this long; a snooze without `until` lasts a week. */
export const COOLDOWN_DAYS = { done: 30, drafted: 30, dismissed: 90, snoozed: 7 } as const;
/** The daily draw, from page id, day and idea: rotates ideas of equal weight from day to day. */
const JITTER = 1;
/** Shown yesterday: this much lower, fading to nothing over SHOWN_FADE_DAYS. */
const SHOWN_PENALTY = 2.5;
const SHOWN_FADE_DAYS = 7;

/**
 * A stable number in [0, 1) from a string, so the same page and day draw the same: FNV-1a, then
 * murmur3's finalizer, since texts differing only in their last characters (one idea id from the
 * next) would otherwise differ mostly in the low bits.
 */
function seeded(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
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
    case 'drafted':
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

/**
 * Three ideas for the page today, each with the reason its data gives. Deterministic: the same
 * input gives the same nudges. Picks are of three different categories when the catalogue
 * allows; fewer than three only when nearly every idea is cooling down.
 */
export function pickNudges(input: NudgeInput): Nudge[] {
  const { page, now } = input;
  const facts = factsOf(page, input.posts, input.followers, now);
  const history = latestRecords(page, input.ideaHistory);
  const day = dayNumber(now);
  const entries: Entry[] = [];
  ideasFor(page.site).forEach((idea, order) => {
    const penalty = historyPenalty(history.get(idea.id), now);
    if (penalty === undefined) return;
    const candidates: Candidate[] = [];
    if (idea.season) {
      const season = seasonFact(idea.season, now);
      if (!season) return;
      candidates.push(season);
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
        // Cards shown together never give the same reason; only the fallback, which says the
        // data gives none, may stand on several.
        if (reasonKeys.has(reason.key) && reason.key !== FALLBACK.reason.key) continue;
        const score = entry.base + strength;
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
