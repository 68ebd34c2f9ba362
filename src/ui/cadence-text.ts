import type { Cadence, CadenceState } from '../insights/cadence';
import { DAY_MS } from '../insights/day';
import { formatAgo, formatDays } from './format';
import { t } from './i18n';

/** "Last status 3 days ago" (or "about 3 days ago" for a date read to the day). */
export function lastStatusText(cadence: Cadence, now: number): string {
  if (cadence.lastOwnAt === undefined) return t('lastStatusUnknown');
  const ago = formatAgo(cadence.lastOwnAt, now);
  return cadence.approximate && now - cadence.lastOwnAt >= DAY_MS ? t('lastStatusAbout', ago) : t('lastStatus', ago);
}

export function stateText(state: CadenceState): string {
  return t(`state_${state.replace('-', '_')}`);
}

export function goalText(cadence: Cadence): string {
  return t('goalEvery', formatDays(cadence.goalDays));
}
