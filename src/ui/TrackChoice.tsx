import { useState } from 'preact/hooks';
import type { PageRole } from '../store/db';
import { t } from './i18n';

export interface TrackChoiceProps {
  /** The page shows its admin controls: the signed-in user runs it. */
  ownerView: boolean;
  /** With the click that chose, for a caller that confirms it (the overlay). */
  onTrack: (role: PageRole, event: Event) => Promise<void>;
}

/**
 * How a page starts being tracked, in the popup and on the page. On a view with admin controls
 * it is the admin's own page: one button, role "mine". On a visitor's view it is most likely
 * someone else's page, watched (no reminders, no ideas to post); "It's mine" comes second for
 * the admin who has not switched into their Page.
 */
export function TrackChoice({ ownerView, onTrack }: TrackChoiceProps) {
  const [busy, setBusy] = useState(false);
  const track = (role: PageRole) => async (event: Event) => {
    setBusy(true);
    await onTrack(role, event).finally(() => setBusy(false));
  };
  if (ownerView) {
    return (
      <button type="button" class="button-primary" data-testid="track-page" disabled={busy} onClick={track('mine')}>
        {t('trackPage')}
      </button>
    );
  }
  return (
    <span class="track-choice">
      <button type="button" class="button-primary" data-testid="watch-page" disabled={busy} onClick={track('watch')}>
        {t('watchPage')}
      </button>
      <button type="button" class="button-secondary" data-testid="track-page" disabled={busy} onClick={track('mine')}>
        {t('pageIsMine')}
      </button>
    </span>
  );
}
