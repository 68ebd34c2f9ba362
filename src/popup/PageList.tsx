import type { PageListItem } from '../messages';
import { shownState } from '../ui/cadence-text';
import { formatAgo, pageName } from '../ui/format';
import { t } from '../ui/i18n';
import { StatusDot } from '../ui/StatusDot';

export { byUrgency } from '../ui/page-order';

export interface PageListProps {
  items: readonly PageListItem[];
  selected: string | undefined;
  onSelect: (pageId: string) => void;
  now: number;
}

/** Every tracked page, most urgent first, each a button that selects it. */
export function PageList({ items, selected, onSelect, now }: PageListProps) {
  return (
    <ul class="page-list" aria-label={t('pagesHeading')} onKeyDown={moveFocus}>
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
            <StatusDot state={shownState(page, cadence)} />
            <span class="page-row-text">
              <span class="page-row-name">{pageName(page)}</span>
              <span class="page-row-meta">
                {t(`site_${page.site}`)}
                {cadence.lastOwnAt !== undefined && ` · ${formatAgo(cadence.lastOwnAt, now, cadence.lastPrecision)}`}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** Arrow keys, Home and End move between the rows, as in any list; Tab still leaves it. */
function moveFocus(event: KeyboardEvent) {
  const step = STEPS[event.key];
  const list = event.currentTarget as HTMLElement;
  if (!step) return;
  const rows = [...list.querySelectorAll<HTMLButtonElement>('.page-row')];
  const index = rows.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault(); // the popup would scroll instead
  rows[step(index, rows.length)]!.focus();
}
