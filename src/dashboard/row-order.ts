import { DAY_MS } from '../insights/day';
import type { DashboardRow } from '../messages';
import type { SiteId } from '../sites/types';
import type { PageRole } from '../store/db';
import { byPageName } from '../ui/name-order';

export type RowOrder = 'lateness' | 'name' | 'growth';
export const ROW_ORDERS: readonly RowOrder[] = ['lateness', 'name', 'growth'];

export interface RowFilter {
  role?: PageRole;
  site?: SiteId;
}

/** Days past the goal (negative: days left); undefined for a page with no dated post. */
export function latenessDays(row: DashboardRow, now: number): number | undefined {
  const { overdueAt } = row.cadence;
  return overdueAt === undefined ? undefined : (now - overdueAt) / DAY_MS;
}

/**
 * The rows to show, in order. Lateness: the most days past the goal first, pages never read
 * next (nothing to chase yet), watched pages last; growth: the largest 30-day gain first, unknown changes last.
 */
export function orderRows(rows: readonly DashboardRow[], order: RowOrder, filter: RowFilter, now: number, locale: string): DashboardRow[] {
  const shown = rows.filter((r) => (!filter.role || r.page.role === filter.role) && (!filter.site || r.page.site === filter.site));
  const byPage = byPageName(locale);
  const byName = (a: DashboardRow, b: DashboardRow) => byPage(a.page, b.page);
  const descending = (value: (r: DashboardRow) => number | undefined) => (a: DashboardRow, b: DashboardRow) =>
    (value(b) ?? -Infinity) - (value(a) ?? -Infinity) || byName(a, b);
  // Lateness is the admin's to catch up on: a watched page (nobody's to post for) is never ahead
  // of their own, however long it has been silent, as in the popup.
  const watchedLast = (a: DashboardRow, b: DashboardRow) => Number(a.page.role === 'watch') - Number(b.page.role === 'watch');
  const byLateness = descending((r) => latenessDays(r, now));
  const compare =
    order === 'name' ? byName : order === 'growth' ? descending((r) => r.month.change) : (a: DashboardRow, b: DashboardRow) => watchedLast(a, b) || byLateness(a, b);
  return shown.sort(compare);
}
