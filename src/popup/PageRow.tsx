import type { PageSummary } from '../store/page-summary';
import { formatAgo, formatCount } from '../ui/format';
import { t, tPlural } from '../ui/i18n';

export function PageRow({ summary, now }: { summary: PageSummary; now: number }) {
  const { page, lastOwnPost, latestFollowers } = summary;
  return (
    <li class="page-row" data-testid="page-row" data-page-id={page.id}>
      <div class="page-name">
        <a href={page.url} target="_blank" rel="noreferrer">
          {page.name ?? page.handle}
        </a>
        <span class="page-site">{t(`site_${page.site}`)}</span>
      </div>
      <div class="last-status" data-testid="last-status">
        {lastOwnPost?.publishedAt !== undefined
          ? t('lastStatus', formatAgo(lastOwnPost.publishedAt, now))
          : t('lastStatusUnknown')}
      </div>
      {latestFollowers && (
        <div class="follower-count" data-testid="follower-count" title={latestFollowers.shown}>
          {tPlural('followers', latestFollowers.count, [formatCount(latestFollowers.count)])}
        </div>
      )}
    </li>
  );
}
