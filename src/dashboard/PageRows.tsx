import { useState } from 'preact/hooks';
import type { DashboardRow } from '../messages';
import { SITE_IDS } from '../sites/types';
import { PAGE_ROLES, type PageRole } from '../store/db';
import { goalText, lastStatusText, shownState } from '../ui/cadence-text';
import { formatAudience, formatChange, formatCount, pageName } from '../ui/format';
import { t, tPlural, uiLocale } from '../ui/i18n';
import { StatusDot } from '../ui/StatusDot';
import { orderRows, ROW_ORDERS, type RowFilter, type RowOrder } from './row-order';
import { TrendLine } from './TrendLine';

export interface PageRowsProps {
  rows: readonly DashboardRow[];
  now: number;
  selected?: string;
  onSelect: (pageId: string) => void;
}

/** Every tracked page as one row: how late, how it grows; sorted and filtered by the admin. */
export function PageRows({ rows, now, selected, onSelect }: PageRowsProps) {
  const [order, setOrder] = useState<RowOrder>('lateness');
  const [filter, setFilter] = useState<RowFilter>({});
  const shown = orderRows(rows, order, filter, now, uiLocale());
  // As in the popup and the badge: a page the admin only watches is never overdue for them.
  const overdue = shown.filter((r) => shownState(r.page, r.cadence) === 'overdue').length;
  const sites = SITE_IDS.filter((site) => rows.some((r) => r.page.site === site));
  return (
    <section class="card" aria-labelledby="pages-heading">
      <div class="card-head">
        <h2 id="pages-heading">{t('dashboardPagesHeading')}</h2>
        <p class="summary" data-testid="dashboard-summary">
          {tPlural('dashboardOverdue', shown.length, [formatCount(overdue), formatCount(shown.length)])}
        </p>
      </div>
      <div class="controls">
        <label class="field">
          {t('sortBy')}
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as RowOrder)} data-testid="row-order">
            {ROW_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`sort_${o}`)}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect label={t('filterRole')} value={filter.role} options={PAGE_ROLES} name={roleName} onChange={(role) => setFilter({ ...filter, role })} />
        <FilterSelect label={t('filterSite')} value={filter.site} options={sites} name={(site) => t(`site_${site}`)} onChange={(site) => setFilter({ ...filter, site })} />
      </div>
      <table class="table pages-table">
        <thead>
          <tr>
            <th scope="col">{t('colPage')}</th>
            <th scope="col">{t('colSite')}</th>
            <th scope="col">{t('colRole')}</th>
            <th scope="col">{t('colLastPost')}</th>
            <th scope="col" class="number">{t('colFollowers')}</th>
            <th scope="col">{t('colTrend')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.page.id} data-testid="dashboard-page-row" data-page-id={row.page.id} aria-selected={row.page.id === selected} class={row.page.id === selected ? 'selected' : ''}>
              <th scope="row">
                <button type="button" class="button-link" onClick={() => onSelect(row.page.id)}>
                  {pageName(row.page)}
                </button>
              </th>
              <td>{t(`site_${row.page.site}`)}</td>
              <td>{roleName(row.page.role)}</td>
              <td>
                <StatusDot state={shownState(row.page, row.cadence)} /> {lastStatusText(row.cadence, now)}
                {shownState(row.page, row.cadence) !== 'watched' && <span class="muted small"> · {goalText(row.cadence)}</span>}
              </td>
              <td class="number">
                {row.latestFollowers ? formatAudience(row.page.site, row.latestFollowers) : '—'}
                {row.month.change !== undefined && (
                  <span class={`small ${row.month.change < 0 ? 'delta-down' : 'delta-up'}`} title={t('change30Days')}>
                    {' '}
                    ({formatChange(row.month.change)})
                  </span>
                )}
              </td>
              <td>
                <TrendLine points={row.trend} site={row.page.site} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function roleName(role: PageRole): string {
  return t(role === 'mine' ? 'roleMine' : 'roleWatch');
}

interface FilterSelectProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly T[];
  name: (option: T) => string;
  onChange: (value: T | undefined) => void;
}

/** One filter: all, or one of the options. */
function FilterSelect<T extends string>({ label, value, options, name, onChange }: FilterSelectProps<T>) {
  return (
    <label class="field">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || undefined) as T | undefined)}>
        <option value="">{t('filterAll')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
