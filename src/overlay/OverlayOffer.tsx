import type { PageRole } from '../store/db';
import { t } from '../ui/i18n';
import { TrackChoice } from '../ui/TrackChoice';
import { Confirmed, type ClickChecks } from './Confirmed';

export interface OverlayOfferProps {
  pageName: string;
  /** The page shows its admin controls (Track as mine) or a visitor's view (Watch first, It's mine second). */
  ownerView: boolean;
  onTrack: (role: PageRole) => Promise<void>;
  checks: ClickChecks;
  onClose: (event: Event) => void;
}

/** The discreet offer on a page not tracked yet, each choice confirmed; closed, it stays closed on this page. */
export function OverlayOffer({ pageName, ownerView, onTrack, checks, onClose }: OverlayOfferProps) {
  return (
    <aside class="overlay offer" aria-label={t('extName')} data-testid="overlay">
      <span class="offer-text">{t('overlayOffer', pageName)}</span>
      <Confirmed question={t('overlayTrackQuestion', pageName)} checks={checks}>
        {(ask) => <TrackChoice ownerView={ownerView} onTrack={(role, event) => ask(event, () => onTrack(role)).then(() => undefined)} />}
      </Confirmed>
      <button type="button" class="icon-button" aria-label={t('overlayNotNow')} title={t('overlayNotNow')} onClick={onClose}>
        ×
      </button>
    </aside>
  );
}
