import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import type { InstanceOffer as Offer } from './active-tab';

/**
 * Asks the browser for this one instance (its own permission prompt), then lets the popup read
 * the page like any other. Nothing is stored until the admin then tracks the page.
 */
export function InstanceOffer({ offer, onAllow }: { offer: Offer; onAllow: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'busy' | 'refused'>('idle');
  return (
    <section class="track-offer">
      <button
        type="button"
        class="button-primary"
        data-testid="allow-instance"
        disabled={state === 'busy'}
        onClick={async () => {
          setState('busy');
          try {
            await onAllow();
            setState('idle');
          } catch {
            setState('refused');
          }
        }}
      >
        {t('allowInstance')}
      </button>
      <span class="track-offer-page">{t('allowInstanceHint', offer.host)}</span>
      {state === 'refused' && <span role="alert">{t('allowInstanceRefused')}</span>}
    </section>
  );
}
