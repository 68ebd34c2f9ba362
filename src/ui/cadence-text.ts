import { wantsReminders } from '../background/reminders/decide';
import type { Cadence, CadenceState } from '../insights/cadence';
import type { PageRecord } from '../store/db';
import { formatAgo, formatDays } from './format';
import { t } from './i18n';

/** "Last post 3 hours ago", "Last post about 3 days ago" (a date read vaguely), "Last post yesterday". */
export function lastStatusText(cadence: Cadence, now: number): string {
  if (cadence.lastOwnAt === undefined) return t('lastStatusUnknown');
  return t('lastStatus', formatAgo(cadence.lastOwnAt, now, cadence.lastPrecision, cadence.approximate));
}

/** What a page's dot and colour say: a watched page is not late for the admin, it is only watched. */
export type ShownState = CadenceState | 'watched';

/**
 * The admin's own page shows where it stands against its goal; a page they only watch shows as
 * watched, with no overdue colour, unless they asked for its reminders (then its rhythm is theirs to keep).
 */
export function shownState(page: Pick<PageRecord, 'role' | 'muted'>, cadence: Pick<Cadence, 'state'>): ShownState {
  return page.role === 'watch' && !wantsReminders(page) ? 'watched' : cadence.state;
}

export function stateText(state: ShownState): string {
  return t(`state_${state.replace('-', '_')}`);
}

export function goalText(cadence: Cadence): string {
  return t('goalEvery', formatDays(cadence.goalDays));
}
