import type { ComponentChildren } from 'preact';
import { t } from '../ui/i18n';

/** No page tracked yet: what the extension does, and how to start (here, when this tab allows it). */
export function EmptyState({ offer }: { offer: ComponentChildren }) {
  return (
    <section class="empty-state">
      <h1>{t('emptyTitle')}</h1>
      <p>{t('emptyBody')}</p>
      {offer ?? <p class="muted">{t('noPages')}</p>}
      <p class="muted small">{t('privacyNote')}</p>
    </section>
  );
}
