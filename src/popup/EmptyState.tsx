import type { ComponentChildren } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';

/**
 * No page tracked yet: what the extension does, and how to start (here, when this tab allows
 * it), or where to bring pages back from a backup (the options).
 */
export function EmptyState({ offer }: { offer: ComponentChildren }) {
  return (
    <section class="empty-state">
      <h1>{t('emptyTitle')}</h1>
      <p>{t('emptyBody')}</p>
      {offer ?? <p class="muted">{t('noPages')}</p>}
      <p class="muted small">
        {t('emptyRestore')}{' '}
        <button type="button" class="button-link" data-testid="empty-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('emptyOpenOptions')}
        </button>
      </p>
      <p class="muted small">{t('privacyNote')}</p>
    </section>
  );
}
