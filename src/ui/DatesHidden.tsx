import type { PageRecord } from '../store/db';
import { t } from './i18n';

/** The site hides this page's post dates by design (Observation.hidden): nothing is broken. */
export const hidesDates = (page: PageRecord): boolean => page.lastHidden?.includes('post.date') ?? false;

/** Said once, calmly, beside "I just posted": the one way to date a post the site will not. */
export function DatesHidden({ site }: { site: PageRecord['site'] }) {
  return (
    <p class="dates-hidden" role="note" data-testid="dates-hidden">
      {t('datesHidden', t(`site_${site}`))}
    </p>
  );
}
