import { useState } from 'preact/hooks';
import { ideaBodyKey, ideaTitleKey } from '../insights/ideas';
import type { Nudge } from '../insights/nudges';
import type { IdeaAction } from '../messages';
import { draftNote, type DraftOutcome } from './draft';
import type { SiteId } from '../sites/types';
import { formatReason, tForSite } from './format';
import { t } from './i18n';

export interface NudgeCardProps {
  nudge: Nudge;
  /** The page's site: its words for the audience (a YouTube channel's subscribers). */
  site: SiteId;
  /**
   * Resolves once the choice is saved (the card then leaves), or was not made. The click comes
   * along: on a web page, the overlay confirms it was the admin's (overlay/Confirmed.tsx).
   */
  onAction: (action: IdeaAction, event: Event) => Promise<unknown>;
  /** "Draft this": opens the site's composer with the idea as a text (see ui/draft.ts); undefined when not done. */
  onDraft?: (event: Event) => Promise<DraftOutcome | undefined>;
  /** The overlay shows the idea without its longer body. */
  compact?: boolean;
  /**
   * A page the admin only watches: the reason says what that page does, and there is no
   * "Done" (the admin does not post there); "Not now" and "Not for me" still set the idea aside.
   */
  peer?: boolean;
}

/** One idea to post, why it fits now, a draft of it, and the three answers an admin can give. */
export function NudgeCard({ nudge, site, onAction, onDraft, compact, peer = false }: NudgeCardProps) {
  const [busy, setBusy] = useState(false);
  const [drafted, setDrafted] = useState<DraftOutcome>();
  const act = (action: IdeaAction) => async (event: Event) => {
    setBusy(true);
    await onAction(action, event).finally(() => setBusy(false));
  };
  const draft = async (event: Event) => {
    setBusy(true);
    setDrafted(await onDraft!(event).finally(() => setBusy(false)));
  };
  const title = tForSite(site, ideaTitleKey(nudge.ideaId));
  return (
    <article class="nudge" data-testid="nudge" data-idea-id={nudge.ideaId} aria-label={title}>
      <h3 class="nudge-title">{title}</h3>
      {!compact && <p class="nudge-body">{tForSite(site, ideaBodyKey(nudge.ideaId))}</p>}
      <p class="nudge-reason">{formatReason(nudge.reason, site, peer)}</p>
      <div class="nudge-actions">
        {!peer && (
          <button type="button" class="button-primary" disabled={busy} onClick={act('done')}>
            {t('nudgeDone')}
          </button>
        )}
        <button type="button" class="button-quiet" disabled={busy} onClick={act('snoozed')}>
          {t('nudgeNotNow')}
        </button>
        <button type="button" class="button-quiet" disabled={busy} onClick={act('dismissed')}>
          {t('nudgeDismiss')}
        </button>
      </div>
      {onDraft && (
        <div class="nudge-draft">
          <button type="button" class="button-secondary" data-testid="draft-idea" disabled={busy} onClick={(event) => void draft(event)}>
            {t('draftIdea')}
          </button>
        </div>
      )}
      {drafted && (
        <p class="nudge-draft-note" role="status" data-testid="draft-note">
          {draftNote(drafted)}
        </p>
      )}
      {drafted?.how === 'copy-failed' && <textarea class="nudge-draft-text" readOnly aria-label={t('draftIdea')} value={drafted.text} />}
    </article>
  );
}
