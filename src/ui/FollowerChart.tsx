import { formatChange, formatCount, formatCounted, formatShortDate } from './format';
import { t } from './i18n';

export interface FollowerChartProps {
  samples: readonly { at: number; count: number }[];
  /** Dates of the page's own statuses: drawn as markers under the curve. */
  statusDates: readonly number[];
  from: number;
  to: number;
  width?: number;
  height?: number;
}

const PAD = { top: 10, right: 8, bottom: 22, left: 8 };
const MARKER_ROW = 8;

/**
 * The follower curve over the window with the page's statuses as markers beneath it: the essay's
 * point (fans come with statuses) in one picture. Hand-written SVG: a chart library would weigh
 * more than the whole popup. Screen readers get the change in words.
 */
export function FollowerChart({ samples, statusDates, from, to, width = 480, height = 150 }: FollowerChartProps) {
  const inner = { w: width - PAD.left - PAD.right, h: height - PAD.top - PAD.bottom - MARKER_ROW };
  const first = samples[0];
  const last = samples.at(-1);
  const label =
    first && last && samples.length > 1
      ? t('chartSummary', [formatCount(first.count), formatCount(last.count), formatChange(last.count - first.count), formatCounted('countPosts', statusDates.length)])
      : t('chartEmpty');

  const x = (at: number) => PAD.left + ((Math.min(Math.max(at, from), to) - from) / Math.max(1, to - from)) * inner.w;
  const counts = samples.map((s) => s.count);
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  // A flat line sits in the middle instead of on the floor.
  const span = high - low || Math.max(1, high * 0.1);
  const base = high === low ? low - span / 2 : low;
  const y = (count: number) => PAD.top + inner.h - ((count - base) / span) * inner.h;
  const points = samples.map((s) => `${x(s.at).toFixed(1)},${y(s.count).toFixed(1)}`);
  // The last known count holds until today.
  if (last) points.push(`${x(to).toFixed(1)},${y(last.count).toFixed(1)}`);
  const floor = PAD.top + inner.h;
  const markerY = floor + MARKER_ROW - 2;

  return (
    <figure class="follower-chart" data-testid="follower-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label}>
        <line class="chart-axis" x1={PAD.left} x2={width - PAD.right} y1={floor} y2={floor} />
        {samples.length > 1 && (
          <>
            <polygon class="chart-area" points={`${x(samples[0]!.at)},${floor} ${points.join(' ')} ${x(to)},${floor}`} />
            <polyline class="chart-line" points={points.join(' ')} />
            <text class="chart-value" x={width - PAD.right} y={Math.max(PAD.top + 2, y(last!.count) - 6)} text-anchor="end">
              {formatCount(last!.count)}
            </text>
          </>
        )}
        {statusDates.map((at) => (
          <circle key={at} class="chart-marker" cx={x(at)} cy={markerY} r={2.5} />
        ))}
        <text class="chart-date" x={PAD.left} y={height - 4}>
          {formatShortDate(from)}
        </text>
        <text class="chart-date" x={width - PAD.right} y={height - 4} text-anchor="end">
          {formatShortDate(to)}
        </text>
      </svg>
      {samples.length < 2 && <figcaption class="chart-empty">{t('chartEmpty')}</figcaption>}
    </figure>
  );
}
