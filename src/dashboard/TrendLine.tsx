import type { SiteId } from '../sites/types';
import { formatChange, tForSite } from '../ui/format';
import { t } from '../ui/i18n';

const WIDTH = 96;
const HEIGHT = 24;

/** A row's 90 days of followers as a small line, its change said in words for screen readers. */
export function TrendLine({ points, site }: { points: readonly { at: number; count: number }[]; site: SiteId }) {
  if (points.length < 2) return <span class="muted small">{t('deltaUnknown')}</span>;
  const [first, last] = [points[0]!, points.at(-1)!];
  const counts = points.map((p) => p.count);
  const low = Math.min(...counts);
  const span = Math.max(...counts) - low || 1;
  const x = (at: number) => ((at - first.at) / Math.max(1, last.at - first.at)) * WIDTH;
  const y = (count: number) => HEIGHT - 2 - ((count - low) / span) * (HEIGHT - 4);
  return (
    <svg class="trend-line" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={tForSite(site, 'trendLabel', formatChange(last.count - first.count))}>
      <polyline points={points.map((p) => `${x(p.at).toFixed(1)},${y(p.count).toFixed(1)}`).join(' ')} />
    </svg>
  );
}
