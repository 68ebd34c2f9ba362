import type { Nudge } from '../insights/nudges';
import type { IdeaAction, PageDetail } from '../messages';
import type { DraftOutcome } from '../ui/draft';
import { goalText, lastStatusText, stateText } from '../ui/cadence-text';
import { CouldNotRead } from '../ui/CouldNotRead';
import { DatesHidden, hidesDates } from '../ui/DatesHidden';
import { FollowerChart } from '../ui/FollowerChart';
import { formatAgo, formatCount, pageName } from '../ui/format';
import { FollowerDeltas } from '../ui/FollowerDeltas';
import { t, tPlural } from '../ui/i18n';
import { wantsReminders } from '../background/reminders/decide';
import { ManualPost } from '../ui/ManualPost';
import { ReminderSnooze } from '../ui/ReminderSnooze';
import { NudgeCard } from '../ui/NudgeCard';
import { StatusDot } from '../ui/StatusDot';
import { OverlayRestore } from './OverlayRestore';

export interface PageDetailViewProps {
  detail: PageDetail;
  now: number;
  onIdeaAction: (ideaId: string, action: IdeaAction) => Promise<void>;
  onRecordPost: (at: number, precision: 'minute' | 'day') => Promise<void>;
  onDraft: (nudge: Nudge) => Promise<DraftOutcome>;
}

/**
 * The selected page: how long since its last status, what to post next, then its audience. The
 * ideas come before the chart so that they start above the fold of the 560 px popup, even under
 * a "could not read" note and "I just posted".
 */
export function PageDetailView({ detail, now, onIdeaAction, onRecordPost, onDraft }: PageDetailViewProps) {
  const { page, cadence } = detail;
  const latest = detail.followers.at(-1);
  return (
    <section class="detail" aria-labelledby="detail-name">
      <header class="detail-header">
        <h2 id="detail-name" class="detail-name">
          <a class="page-link" href={page.url} target="_blank" rel="noreferrer" title={t('openPageOnSite', [pageName(page), t(`site_${page.site}`)])}>
            {pageName(page)}
          </a>
          <span class="detail-site">{t(`site_${page.site}`)}</span>
          {page.role === 'watch' && <span class="badge">{t('roleWatch')}</span>}
        </h2>
        <p class={`last-status state-${cadence.state}`} data-testid="last-status">
          {lastStatusText(cadence, now)}
        </p>
        <p class="detail-state">
          <StatusDot state={cadence.state} /> {stateText(cadence.state)} · {goalText(cadence)}
          {cadence.lastSource === 'manual' && ` · ${t('recordedByHand')}`}
        </p>
        {page.lastMissing?.length ? <CouldNotRead /> : null}
        {hidesDates(page) && <DatesHidden site={page.site} />}
        <ManualPost now={now} onRecord={onRecordPost} />
        <OverlayRestore pageId={page.id} />
        {wantsReminders(page) && <ReminderSnooze pageId={page.id} />}
      </header>

      <section class="nudges" aria-label={t('nudgesHeading')}>
        <h3>{t('nudgesHeading')}</h3>
        {detail.nudges.length === 0 ? (
          <p class="muted">{t('nudgesNone')}</p>
        ) : (
          detail.nudges.map((nudge) => (
            <NudgeCard key={nudge.ideaId} nudge={nudge} onAction={(action) => onIdeaAction(nudge.ideaId, action)} onDraft={() => onDraft(nudge)} />
          ))
        )}
      </section>

      <section class="audience" aria-label={t('audienceHeading')}>
        <div class="audience-head">
          <h3>{t('audienceHeading')}</h3>
          {latest && (
            <span class="follower-count" data-testid="follower-count" title={latest.shown}>
              {tPlural('followers', latest.count, [formatCount(latest.count)])}
            </span>
          )}
        </div>
        <FollowerChart samples={detail.followers} posts={detail.chartPosts} from={detail.from} to={detail.to} />
        <FollowerDeltas deltas={detail.deltas} />
      </section>

      <section class="recent" aria-label={t('recentHeading')}>
        <h3>{t('recentHeading')}</h3>
        {detail.recentPosts.length === 0 ? (
          <p class="muted">{t('recentNone')}</p>
        ) : (
          <ul class="recent-posts">
            {detail.recentPosts.map((post) => (
              <li key={post.postId}>
                <span class="recent-when">{formatAgo(post.publishedAt!, now)}</span>
                <span class="recent-text">
                  {post.source === 'manual' ? t('recordedByHand') : post.text ?? t(`kind_${post.kind ?? 'other'}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
