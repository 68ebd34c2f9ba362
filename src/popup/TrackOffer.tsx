import { useState } from 'preact/hooks';
import type { Observation } from '../sites/types';
import { pageName } from '../ui/format';
import { t } from '../ui/i18n';

export function TrackOffer({ observation, onTrack }: { observation: Observation; onTrack: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const { page, site } = observation;
  return (
    <section class="track-offer">
      <button
        type="button"
        class="button-primary"
        data-testid="track-page"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onTrack().finally(() => setBusy(false));
        }}
      >
        {t('trackPage')}
      </button>
      <span class="track-offer-page">{t('trackPageOffer', [pageName(page), t(`site_${site}`)])}</span>
    </section>
  );
}
