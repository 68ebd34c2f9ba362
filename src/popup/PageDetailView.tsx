import { useState } from 'preact/hooks';
import type { Nudge } from '../insights/nudges';
import type { IdeaAction, PageDetail } from '../messages';
import type { DraftOutcome } from '../ui/draft';
import { goalText, lastStatusText, shownState, stateText } from '../ui/cadence-text';
import { CouldNotRead } from '../ui/CouldNotRead';
import { DatesHidden, hidesDates } from '../ui/DatesHidden';
import { FollowerChart } from '../ui/FollowerChart';
import { IdeaDone } from '../ui/IdeaDone';
import { formatAgo, formatAudience, pageName, siteLabel } from '../ui/format';
import { FollowerDeltas } from '../ui/FollowerDeltas';
import { t } from '../ui/i18n';
import { ManualPost } from '../ui/ManualPost';
import { NudgeCard } from '../ui/NudgeCard';
import { StatusDot } from '../ui/StatusDot';
import { wantsReminders } from '../background/reminders/decide';
import { ReminderSnooze } from '../ui/ReminderSnooze';
import { OverlayRestore } from './OverlayRestore';

export interface PageDetailViewProps {
  detail: PageDetail;
  now: number;
  onIdeaAction: (ideaId: string, action: IdeaAction) => Promise<void>;
  onRecordPost: (at: number, precision: 'minute' | 'day') => Promise<string | undefined>;
  /** Takes back a post recorded by hand. */
  onRemovePost: (postId: string) => Promise<void>;
  onDraft: (nudge: Nudge) => Promise<DraftOutcome>;
}

/**
 * The selected page: how long since its last post, what to post next, then its audience. The
 * ideas come before the chart so that they start above the fold of the 560 px popup, even under
 * a "could not read" note and "I just posted".
 */
export function PageDetailView({ detail, now, onIdeaAction, onRecordPost, onRemovePost, onDraft }: PageDetailViewProps) {
  const { page, cadence } = detail;
  const state = shownState(page, cadence);
  // A watched page is someone else's: nobody can post for it from here.
  const own = page.role === 'mine';
  // The idea just marked done, said once its card has left (for this page only).
  const [done, setDone] = useState<{ pageId: string; ideaId: string }>();
  const answer = async (ideaId: string, action: IdeaAction) => {
    await onIdeaAction(ideaId, action);
    setDone(action === 'done' ? { pageId: page.id, ideaId } : undefined);
  };
  const latest = detail.latestFollowers;
  return (
    <section class="detail" aria-labelledby="detail-name">
      <header class="detail-header">
        <h1 id="detail-name" class="detail-name">
          <a class="page-link" href={page.url} target="_blank" rel="noreferrer" title={t('openPageOnSite', [pageName(page), t(`site_${page.site}`)])}>
            {pageName(page)}
          </a>{' '}
          <span class="detail-site">{siteLabel(page.site)}</span>
          {page.role === 'watch' && <span class="badge">{t('roleWatch')}</span>}
        </h1>
        <p class={`last-status state-${state}`} data-testid="last-status">
          {lastStatusText(cadence, now)}
        </p>
        <p class="detail-state">
          <StatusDot state={state} /> {stateText(state)}
          {state !== 'watched' && ` · ${goalText(cadence)}`}
          {cadence.lastSource === 'manual' && ` · ${t('recordedByHand')}`}
        </p>
        {page.lastMissing?.length ? <CouldNotRead /> : null}
        {hidesDates(page) && <DatesHidden site={page.site} own={own} />}
        {own && <ManualPost now={now} onRecord={onRecordPost} onUndo={onRemovePost} />}
        <OverlayRestore pageId={page.id} />
        {wantsReminders(page) && <ReminderSnooze pageId={page.id} />}
      </header>

      <section class="nudges" aria-label={t(own ? 'nudgesHeading' : 'nudgesHeadingPeer')}>
        <h2>{t(own ? 'nudgesHeading' : 'nudgesHeadingPeer')}</h2>
        {done?.pageId === page.id && (
          <IdeaDone
            ideaId={done.ideaId}
            site={page.site}
            lastOwnAt={cadence.lastOwnAt}
            now={now}
            {...(own && { onRecordPost: async () => void (await onRecordPost(Date.now(), 'minute')) })}
          />
        )}
        {detail.nudges.length === 0 ? (
          <p class="muted">{t('nudgesNone')}</p>
        ) : (
          detail.nudges.map((nudge) => (
            <NudgeCard key={nudge.ideaId} nudge={nudge} site={page.site} peer={!own} onAction={(action) => answer(nudge.ideaId, action)} onDraft={() => onDraft(nudge)} />
          ))
        )}
      </section>

      <section class="audience" aria-label={t('audienceHeading')}>
        <div class="audience-head">
          <h2>{t('audienceHeading')}</h2>
          {latest && (
            <span class="follower-count" data-testid="follower-count" title={latest.shown}>
              {formatAudience(page.site, latest)}
            </span>
          )}
        </div>
        <FollowerChart site={page.site} samples={detail.followers} groups={detail.postGroups} from={detail.from} to={detail.to} />
        <FollowerDeltas deltas={detail.deltas} />
      </section>

      <section class="recent" aria-label={t('recentHeading')}>
        <h2>{t('recentHeading')}</h2>
        {detail.recentPosts.length === 0 ? (
          <p class="muted">{t('recentNone')}</p>
        ) : (
          <ul class="recent-posts">
            {detail.recentPosts.map((post) => (
              <li key={post.postId}>
                <span class="recent-when">{formatAgo(post.publishedAt!, now, post.precision)}</span>
                <span class="recent-text">
                  {post.source === 'manual' ? t('recordedByHand') : post.text ?? t(`kind_${post.kind ?? 'other'}`)}
                </span>
                {post.source === 'manual' && (
                  <button type="button" class="button-link" data-testid="remove-manual-post" onClick={() => void onRemovePost(post.postId)}>
                    {t('removeManualPost')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
