import { useEffect, useState } from 'preact/hooks';
import type { IdeaAction, PageGlance } from '../messages';
import { lastStatusText, shownState, stateText } from '../ui/cadence-text';
import type { PageRole } from '../store/db';
import { CouldNotRead } from '../ui/CouldNotRead';
import { DatesHidden, hidesDates } from '../ui/DatesHidden';
import { IdeaDone } from '../ui/IdeaDone';
import { pageName } from '../ui/format';
import { t } from '../ui/i18n';
import { ManualPost } from '../ui/ManualPost';
import { openDraft, type DraftOutcome } from '../ui/draft';
import { NudgeCard } from '../ui/NudgeCard';
import { StatusDot } from '../ui/StatusDot';
import { BROWSER_CHECKS, Confirmed, type ClickChecks } from './Confirmed';
import { OverlayOffer } from './OverlayOffer';
import type { OverlayView } from './view-memory';

/** What the overlay may do; the mount wires it to messages and extension storage. */
export interface OverlayApi {
  glance(): Promise<PageGlance | null>;
  track(role: PageRole): Promise<void>;
  /** Resolves to the hand-made record's id, so that it can be undone. */
  recordPost(at: number, precision: 'minute' | 'day'): Promise<string | undefined>;
  removePost(postId: string): Promise<void>;
  ideaAction(ideaId: string, action: IdeaAction): Promise<void>;
  /** Calls `listener` when another surface changed the page; returns the unsubscribe. */
  onPageChanged(listener: () => void): () => void;
  loadView(): Promise<OverlayView>;
  saveView(view: OverlayView): Promise<void>;
  /** To the next corner clockwise, remembered for the site. */
  move(): Promise<void>;
}

export interface OverlayProps {
  tracked: boolean;
  /** Shown in the offer before anything is stored. */
  pageName: string;
  /** The page shows its admin controls: the offer tracks it as the admin's own. */
  ownerView: boolean;
  api: OverlayApi;
  /** How clicks are judged (a real user's, plainly on the control); the browser's own by default. */
  checks?: ClickChecks;
}

/**
 * On a tracked page, a small panel (last status, state, one idea) that folds into a pill; on an
 * untracked page the admin runs (or, on Facebook, may run), a discreet offer to track it. Both remember, per page, that
 * the admin folded or closed them.
 */
export function Overlay({ tracked, pageName: observedName, ownerView, api, checks = BROWSER_CHECKS }: OverlayProps) {
  const [view, setView] = useState<OverlayView>();
  const [glance, setGlance] = useState<PageGlance | null>();
  const [now, setNow] = useState(Date.now());
  const [doneIdea, setDoneIdea] = useState<string>();

  useEffect(() => {
    void api.loadView().then(setView);
  }, [api]);
  const refresh = async () => {
    setGlance(await api.glance());
    setNow(Date.now());
  };
  useEffect(() => {
    if (!tracked) return undefined;
    void refresh();
    return api.onPageChanged(() => void refresh());
  }, [tracked, api]);

  // The page cannot reach into the closed shadow root; a dispatched event is refused all the same.
  const choose = (next: OverlayView) => (event: Event) => {
    if (!checks.trusted(event)) return;
    setView(next);
    void api.saveView(next);
  };

  if (view === undefined || view === 'hidden') return null;
  if (!tracked) {
    return <OverlayOffer pageName={observedName} ownerView={ownerView} onTrack={api.track} checks={checks} onClose={choose('hidden')} />;
  }
  if (!glance) return null;
  const { cadence, page, nudge } = glance;
  const unreadable = cadence.state === 'unknown' || !!page.lastMissing?.length || hidesDates(page);
  const state = shownState(page, cadence);
  if (view === 'collapsed') {
    return (
      <aside class="overlay pill" aria-label={t('extName')} data-testid="overlay">
        <button type="button" class="pill-button" aria-expanded="false" onClick={choose('open')}>
          <StatusDot state={state} />
          <span>{lastStatusText(cadence, now)}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside class="overlay panel" aria-label={t('extName')} data-testid="overlay">
      <header class="panel-head">
        <StatusDot state={state} />
        <span class="panel-title">{pageName(page)}</span>
        <button type="button" class="icon-button" aria-expanded="true" aria-label={t('overlayCollapse')} title={t('overlayCollapse')} onClick={choose('collapsed')}>
          –
        </button>
        <button
          type="button"
          class="icon-button"
          data-testid="overlay-move"
          aria-label={t('overlayMove')}
          title={t('overlayMove')}
          onClick={(event) => {
            if (checks.trusted(event)) void api.move();
          }}
        >
          <MoveIcon />
        </button>
        <button type="button" class="icon-button" aria-label={t('overlayHide')} title={t('overlayHide')} onClick={choose('hidden')}>
          ×
        </button>
      </header>
      <p class="panel-status" data-testid="overlay-last-status">
        {lastStatusText(cadence, now)}
      </p>
      <p class="panel-state">{stateText(state)}</p>
      {page.lastMissing?.length ? <CouldNotRead /> : null}
      {hidesDates(page) && <DatesHidden site={page.site} own={page.role === 'mine'} />}
      {unreadable && page.role === 'mine' && (
        <Confirmed question={t('overlayRecordQuestion')} checks={checks}>
          {(ask) => (
            <ManualPost
              now={now}
              onRecord={async (at, precision, event) => {
                let postId: string | undefined;
                const asked = await ask(event, async () => {
                  postId = await api.recordPost(at, precision);
                  await refresh();
                });
                return asked && postId;
              }}
              // Taking a post back changes the store as recording it did: confirmed the same way.
              onUndo={(postId, event) =>
                ask(
                  event,
                  async () => {
                    await api.removePost(postId);
                    await refresh();
                  },
                  t('overlayUndoQuestion'),
                )
              }
            />
          )}
        </Confirmed>
      )}
      {doneIdea && (
        // Only the note here: on a web page, recording a post goes through the confirmed "I just posted".
        <IdeaDone ideaId={doneIdea} site={page.site} lastOwnAt={cadence.lastOwnAt} now={now} />
      )}
      {nudge && (
        // An idea's answers and its draft change the store too: confirmed as Track and "I just posted" are.
        <Confirmed key={nudge.ideaId} checks={checks}>
          {(ask) => (
            <NudgeCard
              nudge={nudge}
              site={page.site}
              compact
              peer={page.role === 'watch'}
              onAction={(action, event) =>
                ask(
                  event,
                  async () => {
                    await api.ideaAction(nudge.ideaId, action);
                    setDoneIdea(action === 'done' ? nudge.ideaId : undefined);
                    await refresh();
                  },
                  t(IDEA_QUESTIONS[action]),
                )
              }
              onDraft={async (event) => {
                let drafted: DraftOutcome | undefined;
                const record = () => api.ideaAction(nudge.ideaId, 'drafted');
                await ask(
                  event,
                  async () => {
                    drafted = await openDraft(nudge, page, record);
                  },
                  t(IDEA_QUESTIONS.drafted),
                );
                return drafted;
              }}
            />
          )}
        </Confirmed>
      )}
    </aside>
  );
}

/** What the confirm step asks for each answer to an idea ('drafted': "Draft this"). */
const IDEA_QUESTIONS: Record<IdeaAction, string> = {
  done: 'overlayIdeaDoneQuestion',
  snoozed: 'overlayIdeaSnoozeQuestion',
  dismissed: 'overlayIdeaDismissQuestion',
  drafted: 'overlayIdeaDraftQuestion',
};

/** Four arrows: the panel can go to another corner. */
function MoveIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">
      <path d="M8 1.5v13M1.5 8h13M8 1.5 6 3.5M8 1.5l2 2M8 14.5l-2-2M8 14.5l2-2M1.5 8l2-2M1.5 8l2 2M14.5 8l-2-2M14.5 8l-2 2" />
    </svg>
  );
}
