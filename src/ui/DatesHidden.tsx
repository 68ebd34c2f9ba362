import type { PageRecord } from '../store/db';
import { t } from './i18n';

/** The site hides this page's post dates by design (Observation.hidden): nothing is broken. */
export const hidesDates = (page: PageRecord): boolean => page.lastHidden?.includes('post.date') ?? false;

/**
 * Said once, calmly. On the admin's own page, beside "I just posted": the one way to date a post
 * the site will not. A watched page has no such button (nobody posts for it from here): it is
 * told what its silence is counted from instead.
 */
export function DatesHidden({ site, own }: { site: PageRecord['site']; own: boolean }) {
  return (
    <p class="dates-hidden" role="note" data-testid="dates-hidden">
      {t(own ? 'datesHidden' : 'datesHiddenWatched', t(`site_${site}`))}
    </p>
  );
}
