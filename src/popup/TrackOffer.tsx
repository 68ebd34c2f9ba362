import type { Observation } from '../sites/types';
import type { PageRole } from '../store/db';
import { pageName } from '../ui/format';
import { t } from '../ui/i18n';
import { TrackChoice } from '../ui/TrackChoice';

export function TrackOffer({ observation, onTrack }: { observation: Observation; onTrack: (role: PageRole) => Promise<void> }) {
  const { page, site } = observation;
  return (
    <section class="track-offer">
      <TrackChoice ownerView={observation.ownerView} onTrack={onTrack} />
      <span class="track-offer-page">{t('trackPageOffer', [pageName(page), t(`site_${site}`)])}</span>
    </section>
  );
}
