import type { Cadence, CadenceState } from '../insights/cadence';
import { formatAgo, formatDays } from './format';
import { t } from './i18n';

/** "Last post 3 hours ago", "Last post about 3 days ago" (a date read vaguely), "Last post yesterday". */
export function lastStatusText(cadence: Cadence, now: number): string {
  if (cadence.lastOwnAt === undefined) return t('lastStatusUnknown');
  return t('lastStatus', formatAgo(cadence.lastOwnAt, now, cadence.lastPrecision, cadence.approximate));
}

export function stateText(state: CadenceState): string {
  return t(`state_${state.replace('-', '_')}`);
}

export function goalText(cadence: Cadence): string {
  return t('goalEvery', formatDays(cadence.goalDays));
}
