import type { FollowerDelta } from '../insights/audience';
import { formatChange, formatDays } from './format';
import { t } from './i18n';

/** Follower change over 7 and 30 days, or "not enough data" where the visits do not reach. */
export function FollowerDeltas({ deltas }: { deltas: readonly FollowerDelta[] }) {
  return (
    <dl class="deltas">
      {deltas.map((d) => (
        <div key={d.days} class="delta">
          <dt>{formatDays(d.days)}</dt>
          <dd class={d.change === undefined ? 'delta-unknown' : d.change < 0 ? 'delta-down' : 'delta-up'}>
            {d.change === undefined ? t('deltaUnknown') : formatChange(d.change)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
