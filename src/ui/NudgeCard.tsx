import { useState } from 'preact/hooks';
import { ideaBodyKey, ideaTitleKey } from '../insights/ideas';
import type { Nudge } from '../insights/nudges';
import type { IdeaAction } from '../messages';
import { formatReason } from './format';
import { t } from './i18n';

export interface NudgeCardProps {
  nudge: Nudge;
  /** Resolves once the choice is saved; the card then leaves. */
  onAction: (action: IdeaAction) => Promise<void>;
  /** The overlay shows the idea without its longer body. */
  compact?: boolean;
  /**
   * A page the admin only watches: the reason says what that page does, and there is no
   * "Done" (the admin does not post there); "Not now" and "Not for me" still set the idea aside.
   */
  peer?: boolean;
}

/** One idea to post, why it fits now, and the three answers an admin can give. */
export function NudgeCard({ nudge, onAction, compact, peer = false }: NudgeCardProps) {
  const [busy, setBusy] = useState(false);
  const act = async (action: IdeaAction) => {
    setBusy(true);
    await onAction(action).finally(() => setBusy(false));
  };
  const title = t(ideaTitleKey(nudge.ideaId));
  return (
    <article class="nudge" data-testid="nudge" data-idea-id={nudge.ideaId} aria-label={title}>
      <h3 class="nudge-title">{title}</h3>
      {!compact && <p class="nudge-body">{t(ideaBodyKey(nudge.ideaId))}</p>}
      <p class="nudge-reason">{formatReason(nudge.reason, peer)}</p>
      <div class="nudge-actions">
        {!peer && (
          <button type="button" class="button-primary" disabled={busy} onClick={() => act('done')}>
            {t('nudgeDone')}
          </button>
        )}
        <button type="button" class="button-quiet" disabled={busy} onClick={() => act('snoozed')}>
          {t('nudgeNotNow')}
        </button>
        <button type="button" class="button-quiet" disabled={busy} onClick={() => act('dismissed')}>
          {t('nudgeDismiss')}
        </button>
      </div>
    </article>
  );
}
