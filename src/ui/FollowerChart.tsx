import { useId, useRef, useState } from 'preact/hooks';
import { countDomain, dateTicks } from './chart-scale';
import { DAY_MS } from '../insights/day';
import type { SiteId } from '../sites/types';
import { formatChange, formatCount, formatCounted, formatDays, formatShortDate, tForSite } from './format';
import { t, tPlural } from './i18n';
import { groupMiddle, type PostGroup } from '../insights/post-groups';

export interface FollowerChartProps {
  /** The page's site: the summary names its audience in its words (a YouTube channel's subscribers). */
  site: SiteId;
  /** Follower counts over time, oldest first; one before `from` starts the line at the left edge. */
  samples: readonly { at: number; count: number }[];
  /** The page's own posts per day or week (groupPosts over this window): the markers under the curve. */
  groups: readonly PostGroup[];
  from: number;
  to: number;
  width?: number;
  height?: number;
}

/** Left: the count axis; right: the end value, beside the line's end so nothing covers it. */
const PAD = { top: 10, right: 54, bottom: 34, left: 46 };
const MARKER_ROW = 18;
/** A day's or week's marker grows with its post count, within what the row holds. */
const markerRadius = (count: number) => Math.min(8, 3 + 1.6 * (Math.sqrt(count) - 1));

/**
 * The follower curve over the window with the page's posts as markers beneath it: the essay's
 * point (fans come with posts) in one picture. Hand-written SVG: a chart library would weigh
 * more than the whole popup. One tab stop: arrow keys go from marker to marker, each showing
 * its posts in a tooltip, as hovering does. Screen readers get the change in words.
 */
export function FollowerChart({ site, samples, groups, from, to, width = 480, height = 150 }: FollowerChartProps) {
  const tipId = useId();
  const [shown, setShown] = useState<number>();
  const [focusable, setFocusable] = useState(0);
  const markers = useRef<(SVGGElement | null)[]>([]);
  const inner = { w: width - PAD.left - PAD.right, h: height - PAD.top - PAD.bottom };
  const first = samples[0];
  const last = samples.at(-1);
  const drawn = !!first && !!last && samples.length > 1;
  const label = drawn
    ? tForSite(site, 'chartSummary', [formatCount(first.count), formatCount(last.count), formatChange(last.count - first.count), formatCounted('countPosts', groups.reduce((sum, g) => sum + g.count, 0)), formatDays(Math.round((to - from) / DAY_MS))])
    : t('chartEmpty');

  const x = (at: number) => PAD.left + ((Math.min(Math.max(at, from), to) - from) / Math.max(1, to - from)) * inner.w;
  const { low, high } = countDomain(samples.length ? samples.map((s) => s.count) : [0]);
  const y = (count: number) => PAD.top + inner.h - ((count - low) / Math.max(1, high - low)) * inner.h;
  const points = samples.map((s) => `${x(s.at).toFixed(1)},${y(s.count).toFixed(1)}`);
  // The last known count holds until today.
  if (last) points.push(`${x(to).toFixed(1)},${y(last.count).toFixed(1)}`);
  const floor = PAD.top + inner.h;
  const markerY = floor + MARKER_ROW / 2 + 1;

  const move = (index: number) => {
    const next = Math.min(groups.length - 1, Math.max(0, index));
    setFocusable(next);
    setShown(next);
    markers.current[next]?.focus();
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    const step: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: groups.length - 1 };
    if (event.key in step) {
      event.preventDefault();
      move(step[event.key]!);
    } else if (event.key === 'Escape') setShown(undefined);
  };

  return (
    <figure class="follower-chart" data-testid="follower-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="group" aria-label={label}>
        <g aria-hidden="true">
          {drawn &&
            [low, high].map((value) => (
              <g key={value}>
                <line class="chart-grid" x1={PAD.left} x2={width - PAD.right} y1={y(value)} y2={y(value)} />
                <text class="chart-tick" data-testid="chart-count-tick" x={PAD.left - 6} y={y(value) + 4} text-anchor="end">
                  {formatCount(value)}
                </text>
              </g>
            ))}
          <line class="chart-axis" x1={PAD.left} x2={width - PAD.right} y1={floor} y2={floor} />
          {dateTicks(from, to).map((at) => (
            <text key={at} class="chart-tick" data-testid="chart-date-tick" x={x(at)} y={height - 4} text-anchor="middle">
              {formatShortDate(at)}
            </text>
          ))}
          {drawn && (
            <>
              <polygon class="chart-area" points={`${x(first.at)},${floor} ${points.join(' ')} ${x(to)},${floor}`} />
              <polyline class="chart-line" points={points.join(' ')} />
              <text class="chart-value chart-start" x={x(first.at) + 2} y={Math.max(PAD.top + 10, y(first.count) - 6)}>
                {formatCount(first.count)}
              </text>
              <text class="chart-value chart-end" data-testid="chart-end-label" x={width - PAD.right + 6} y={Math.min(floor, Math.max(PAD.top + 8, y(last.count) + 4))}>
                {formatCount(last.count)}
              </text>
            </>
          )}
        </g>
        {groups.map((group, i) => (
          <g
            key={group.start}
            class="chart-group"
            data-testid="chart-post-group"
            role="button"
            tabindex={i === focusable ? 0 : -1}
            aria-label={groupLabel(group)}
            aria-describedby={shown === i ? tipId : undefined}
            ref={(el) => {
              markers.current[i] = el;
            }}
            onFocus={() => (setFocusable(i), setShown(i))}
            onBlur={() => setShown(undefined)}
            onMouseEnter={() => setShown(i)}
            onMouseLeave={() => setShown(undefined)}
            onClick={() => setShown(shown === i ? undefined : i)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <circle class="chart-hit" cx={x(groupMiddle(group, from, to))} cy={markerY} r={9} />
            <circle class="chart-marker" cx={x(groupMiddle(group, from, to))} cy={markerY} r={markerRadius(group.count)} />
          </g>
        ))}
      </svg>
      {shown !== undefined && groups[shown] && (
        <PostTip id={tipId} group={groups[shown]} left={x(groupMiddle(groups[shown], from, to)) / width} bottom={(height - markerY + 10) / height} />
      )}
      {!drawn && <figcaption class="chart-empty">{t('chartEmpty')}</figcaption>}
    </figure>
  );
}

function groupWhen(group: PostGroup): string {
  return group.unit === 'week' ? t('chartWeekOf', formatShortDate(group.start)) : formatShortDate(group.start);
}

function groupLabel(group: PostGroup): string {
  return t('chartGroupLabel', [groupWhen(group), tPlural('chartPosts', group.count, [formatCount(group.count)])]);
}

/** A marker's newest posts (the rest counted): when, what kind, how many reactions, the start of the text. */
function PostTip({ id, group, left, bottom }: { id: string; group: PostGroup; left: number; bottom: number }) {
  // Anchored by its nearer edge near the chart's ends, so it never leaves the chart.
  const side = left < 0.3 ? 'start' : left > 0.7 ? 'end' : 'middle';
  const more = group.count - group.posts.length;
  return (
    <div id={id} role="tooltip" class={`chart-tip chart-tip-${side}`} data-testid="chart-tip" style={{ left: `${(left * 100).toFixed(1)}%`, bottom: `${(bottom * 100).toFixed(1)}%` }}>
      <p class="chart-tip-head">{groupLabel(group)}</p>
      <ul>
        {group.posts.map((post) => (
          <li key={post.at}>
            <span class="chart-tip-meta">
              {[
                formatShortDate(post.at),
                t(`kind_${post.kind ?? 'other'}`),
                post.reactions !== undefined && tPlural('chartReactions', post.reactions, [formatCount(post.reactions)]),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {post.text && <span class="chart-tip-text">{post.text}</span>}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="chart-tip-more">{tPlural('chartMorePosts', more, [formatCount(more)])}</p>}
    </div>
  );
}
