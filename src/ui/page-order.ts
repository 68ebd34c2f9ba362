import type { PageListItem } from '../messages';
import { shownState } from './cadence-text';
import { uiLocale } from './i18n';
import { byPageName } from './name-order';

const URGENCY = { overdue: 0, 'due-soon': 1, unknown: 2, 'on-track': 3, watched: 4 } as const;

/** The popup's and the options' one order: overdue pages first, then due soon; watched pages (nobody's to post for) last; then by name. */
export function byUrgency(a: PageListItem, b: PageListItem): number {
  return (
    URGENCY[shownState(a.page, a.cadence)] - URGENCY[shownState(b.page, b.cadence)] ||
    Number(a.page.role === 'watch') - Number(b.page.role === 'watch') ||
    byPageName(uiLocale())(a.page, b.page)
  );
}
