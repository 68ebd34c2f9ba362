import { DASHBOARD_RANGES, type DashboardRange } from '../dashboard-range';
import type { DashboardPage, IdeaAction } from '../messages';
import { goalText, lastStatusText, stateText } from '../ui/cadence-text';
import type { DraftOutcome } from '../ui/draft';
import { FollowerChart } from '../ui/FollowerChart';
import { formatAudience, pageName } from '../ui/format';
import { FollowerDeltas } from '../ui/FollowerDeltas';
import { t } from '../ui/i18n';
import { NudgeCard } from '../ui/NudgeCard';
import { StatusDot } from '../ui/StatusDot';
import { chartGroupsOf } from '../insights/post-groups';
import type { Nudge } from '../insights/nudges';
import { BestTime } from './BestTime';
import { IdeaJournal } from './IdeaJournal';
import { PostingWeeks } from './PostingWeeks';
import { PostsTable } from './PostsTable';

export interface PageInDepthProps {
  detail: DashboardPage;
  now: number;
  timeZone: string;
  onRange: (range: DashboardRange) => void;
  onIdeaAction: (ideaId: string, action: IdeaAction) => Promise<void>;
  onDraft: (nudge: Nudge) => Promise<DraftOutcome>;
  onUndo: (ideaId: string) => Promise<void>;
}

/** One page: its curve over the range, its posts, and what works on it. */
export function PageInDepth({ detail, now, timeZone, onRange, onIdeaAction, onDraft, onUndo }: PageInDepthProps) {
  const { page, cadence } = detail;
  const latest = detail.followers.at(-1);
  // A watched page is someone else's: its ideas are what it does, with no "Done" (as in the popup).
  const peer = page.role === 'watch';
  return (
    <section class="depth" aria-labelledby="depth-name" data-testid="page-in-depth" data-page-id={page.id}>
      <header class="card depth-head">
        <h2 id="depth-name">
          <a href={page.url} target="_blank" rel="noreferrer">
            {pageName(page)}
          </a>{' '}
          <span class="muted">{t(`site_${page.site}`)}</span>
        </h2>
        <p>
          <StatusDot state={cadence.state} /> {lastStatusText(cadence, now)} · {stateText(cadence.state)} · {goalText(cadence)}
        </p>
      </header>

      <section class="card" aria-labelledby="curve-heading">
        <div class="card-head">
          <h2 id="curve-heading">{t('audienceHeading')}</h2>
          {latest && <span class="follower-count" title={latest.shown}>{formatAudience(page.site, latest)}</span>}
          <div class="toggle" role="group" aria-label={t('rangeLabel')}>
            {DASHBOARD_RANGES.map((range) => (
              <button key={range} type="button" class="button-quiet" aria-pressed={detail.range === range} data-testid={`range-${range}`} onClick={() => onRange(range)}>
                {t(`range_${range}`)}
              </button>
            ))}
          </div>
        </div>
        <FollowerChart site={page.site} samples={detail.followers} groups={chartGroupsOf(detail.posts, detail.from, detail.to)} from={detail.from} to={detail.to} width={760} height={180} />
        <FollowerDeltas deltas={detail.deltas} />
      </section>

      <div class="insights">
        <PostingWeeks thesis={detail.postingWeeks} site={page.site} />
        <BestTime best={detail.bestTime} timeZone={timeZone} />
      </div>

      <section class="card" aria-labelledby="ideas-heading">
        <h2 id="ideas-heading">{t(peer ? 'nudgesHeadingPeer' : 'nudgesHeading')}</h2>
        {detail.nudges.length === 0 ? (
          <p class="muted">{t('nudgesNone')}</p>
        ) : (
          <div class="ideas">
            {detail.nudges.map((nudge) => (
              <NudgeCard key={nudge.ideaId} nudge={nudge} site={page.site} peer={peer} onAction={(action) => onIdeaAction(nudge.ideaId, action)} onDraft={() => onDraft(nudge)} />
            ))}
          </div>
        )}
      </section>

      <PostsTable posts={detail.posts} />
      <IdeaJournal entries={detail.journal} site={page.site} onUndo={onUndo} />
    </section>
  );
}
