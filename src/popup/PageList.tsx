import type { PageListItem } from '../messages';
import { formatAgo } from '../ui/format';
import { t } from '../ui/i18n';
import { StatusDot } from '../ui/StatusDot';

export interface PageListProps {
  items: readonly PageListItem[];
  selected: string | undefined;
  onSelect: (pageId: string) => void;
  now: number;
}

/** Every tracked page, most urgent first, each a button that selects it. */
export function PageList({ items, selected, onSelect, now }: PageListProps) {
  return (
    <ul class="page-list" aria-label={t('pagesHeading')}>
      {items.map(({ page, cadence }) => (
        <li key={page.id}>
          <button
            type="button"
            class="page-row"
            data-testid="page-row"
            data-page-id={page.id}
            aria-current={page.id === selected ? 'true' : undefined}
            onClick={() => onSelect(page.id)}
          >
            <StatusDot state={cadence.state} />
            <span class="page-row-text">
              <span class="page-row-name">{page.name ?? page.handle}</span>
              <span class="page-row-meta">
                {t(`site_${page.site}`)}
                {cadence.lastOwnAt !== undefined && ` · ${formatAgo(cadence.lastOwnAt, now)}`}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

const URGENCY = { overdue: 0, 'due-soon': 1, unknown: 2, 'on-track': 3 } as const;

/** Overdue pages first, then due soon; own pages before watched ones; then by name. */
export function byUrgency(a: PageListItem, b: PageListItem): number {
  return (
    URGENCY[a.cadence.state] - URGENCY[b.cadence.state] ||
    Number(a.page.role === 'watch') - Number(b.page.role === 'watch') ||
    (a.page.name ?? a.page.handle).localeCompare(b.page.name ?? b.page.handle)
  );
}
