import { SITE_IDS, type SiteId } from '../sites/types';

/** The essay's three tools of animation (exclusive, poll, contest and quiz) and the everyday ones. */
export type IdeaCategory =
  | 'exclusive'
  | 'poll'
  | 'contest'
  | 'quiz'
  | 'question'
  | 'behind-the-scenes'
  | 'user-content'
  | 'event'
  | 'tip'
  | 'milestone'
  | 'seasonal';

/** What in a page's data makes an idea fit it now (detected in nudges.ts). */
export type IdeaSignal =
  | 'no-poll'
  | 'no-video'
  | 'no-photo'
  | 'no-event'
  | 'no-question'
  | 'poll-engages'
  | 'question-engages'
  | 'video-engages'
  | 'photo-engages'
  | 'few-comments'
  | 'milestone-near'
  | 'milestone-passed'
  | 'audience-falling';

/** A yearly window, in UTC month (1–12) and day; `to` before `from` wraps past New Year. */
export interface Season {
  from: readonly [month: number, day: number];
  to: readonly [month: number, day: number];
  /** Days before `from` when the idea starts being offered, to leave time to prepare. */
  leadDays: number;
}

export interface Idea {
  /** Also names its strings: idea_<id>_title and idea_<id>_body. */
  id: string;
  category: IdeaCategory;
  platforms: readonly SiteId[];
  signals: readonly IdeaSignal[];
  /** Seasonal ideas are offered only in their window. */
  season?: Season;
}

const ALL = SITE_IDS;
/** Bluesky has no native poll. */
const POLLS: readonly SiteId[] = ['facebook', 'x', 'instagram', 'linkedin', 'youtube', 'mastodon'];
const LIVE: readonly SiteId[] = ['facebook', 'instagram', 'youtube', 'linkedin', 'x'];
const STORIES: readonly SiteId[] = ['facebook', 'instagram'];
const CAROUSELS: readonly SiteId[] = ['instagram', 'linkedin', 'facebook'];
const EVENTS: readonly SiteId[] = ['facebook', 'linkedin'];

export const IDEAS: readonly Idea[] = [
  { id: 'exclusive_first_look', category: 'exclusive', platforms: ALL, signals: ['audience-falling', 'no-photo'] },
  { id: 'exclusive_code', category: 'exclusive', platforms: ALL, signals: ['audience-falling', 'milestone-passed'] },
  { id: 'exclusive_news_first', category: 'exclusive', platforms: ALL, signals: ['audience-falling'] },
  { id: 'exclusive_sneak_peek_video', category: 'exclusive', platforms: ALL, signals: ['no-video', 'video-engages'] },
  { id: 'exclusive_members_tip', category: 'exclusive', platforms: ALL, signals: ['audience-falling', 'few-comments'] },

  { id: 'poll_favourite', category: 'poll', platforms: POLLS, signals: ['no-poll', 'poll-engages'] },
  { id: 'poll_next_topic', category: 'poll', platforms: POLLS, signals: ['no-poll', 'few-comments'] },
  { id: 'poll_name_it', category: 'poll', platforms: POLLS, signals: ['no-poll', 'poll-engages'] },
  { id: 'poll_hot_take', category: 'poll', platforms: POLLS, signals: ['no-poll', 'poll-engages'] },
  { id: 'poll_reaction_vote', category: 'poll', platforms: ['facebook', 'linkedin', 'bluesky', 'mastodon', 'x'], signals: ['few-comments'] },

  { id: 'contest_caption', category: 'contest', platforms: ALL, signals: ['few-comments', 'no-photo', 'photo-engages'] },
  { id: 'contest_photo', category: 'contest', platforms: ['facebook', 'instagram', 'x', 'mastodon', 'bluesky'], signals: ['few-comments', 'photo-engages'] },
  // A giveaway marks a round number reached: never offered because the audience fell.
  { id: 'contest_milestone_giveaway', category: 'contest', platforms: ALL, signals: ['milestone-near', 'milestone-passed'] },
  { id: 'contest_guess_number', category: 'contest', platforms: ALL, signals: ['few-comments', 'question-engages'] },

  { id: 'quiz_true_false', category: 'quiz', platforms: ALL, signals: ['few-comments', 'no-question', 'question-engages'] },
  { id: 'quiz_close_up', category: 'quiz', platforms: ALL, signals: ['no-photo', 'photo-engages'] },
  { id: 'quiz_answer_tomorrow', category: 'quiz', platforms: ALL, signals: ['question-engages', 'no-question'] },
  { id: 'quiz_who_said', category: 'quiz', platforms: ALL, signals: ['few-comments', 'no-question'] },
  { id: 'quiz_poll', category: 'quiz', platforms: POLLS, signals: ['no-poll', 'poll-engages'] },

  { id: 'question_habits', category: 'question', platforms: ALL, signals: ['no-question', 'question-engages', 'few-comments'] },
  { id: 'question_advice', category: 'question', platforms: ALL, signals: ['no-question', 'question-engages'] },
  { id: 'question_fill_blank', category: 'question', platforms: ALL, signals: ['few-comments', 'question-engages'] },
  { id: 'question_ask_me', category: 'question', platforms: ALL, signals: ['no-question', 'few-comments'] },

  { id: 'behind_workspace', category: 'behind-the-scenes', platforms: ALL, signals: ['no-photo', 'photo-engages'] },
  { id: 'behind_team', category: 'behind-the-scenes', platforms: ALL, signals: ['no-photo', 'photo-engages'] },
  { id: 'behind_making_of', category: 'behind-the-scenes', platforms: ALL, signals: ['no-video', 'video-engages'] },
  { id: 'behind_day_in_life', category: 'behind-the-scenes', platforms: STORIES, signals: ['no-video', 'video-engages'] },
  { id: 'behind_lesson_learned', category: 'behind-the-scenes', platforms: ALL, signals: ['few-comments'] },

  { id: 'ugc_repost_follower', category: 'user-content', platforms: ALL, signals: ['few-comments', 'photo-engages'] },
  { id: 'ugc_testimonial', category: 'user-content', platforms: ALL, signals: ['audience-falling'] },
  { id: 'ugc_spotlight', category: 'user-content', platforms: ALL, signals: ['few-comments', 'milestone-passed'] },
  { id: 'ugc_comment_to_post', category: 'user-content', platforms: ALL, signals: ['question-engages'] },

  { id: 'event_live', category: 'event', platforms: LIVE, signals: ['no-video', 'video-engages'] },
  { id: 'event_create', category: 'event', platforms: EVENTS, signals: ['no-event'] },
  { id: 'event_countdown', category: 'event', platforms: ALL, signals: ['no-event'] },
  { id: 'event_recap', category: 'event', platforms: ALL, signals: ['no-photo', 'photo-engages'] },

  { id: 'tip_quick', category: 'tip', platforms: ALL, signals: [] },
  { id: 'tip_myth', category: 'tip', platforms: ALL, signals: ['few-comments'] },
  { id: 'tip_tool', category: 'tip', platforms: ALL, signals: [] },
  { id: 'tip_checklist', category: 'tip', platforms: CAROUSELS, signals: ['no-photo'] },
  { id: 'tip_how_to_video', category: 'tip', platforms: ALL, signals: ['no-video', 'video-engages'] },

  { id: 'milestone_thank_you', category: 'milestone', platforms: ALL, signals: ['milestone-passed', 'milestone-near'] },
  { id: 'milestone_best_of', category: 'milestone', platforms: ALL, signals: ['milestone-passed'] },
  { id: 'milestone_then_now', category: 'milestone', platforms: ALL, signals: ['milestone-passed', 'no-photo'] },

  { id: 'season_new_year', category: 'seasonal', platforms: ALL, signals: [], season: { from: [12, 31], to: [1, 10], leadDays: 5 } },
  { id: 'season_year_review', category: 'seasonal', platforms: ALL, signals: [], season: { from: [12, 10], to: [12, 24], leadDays: 5 } },
  { id: 'season_spring', category: 'seasonal', platforms: ALL, signals: [], season: { from: [3, 20], to: [4, 5], leadDays: 5 } },
  { id: 'season_summer', category: 'seasonal', platforms: ALL, signals: [], season: { from: [6, 21], to: [7, 14], leadDays: 7 } },
  { id: 'season_back_to_school', category: 'seasonal', platforms: ALL, signals: [], season: { from: [9, 1], to: [9, 15], leadDays: 10 } },
];

export function ideaTitleKey(ideaId: string): string {
  return `idea_${ideaId}_title`;
}

export function ideaBodyKey(ideaId: string): string {
  return `idea_${ideaId}_body`;
}

export function ideasFor(site: SiteId): Idea[] {
  return IDEAS.filter((idea) => idea.platforms.includes(site));
}
