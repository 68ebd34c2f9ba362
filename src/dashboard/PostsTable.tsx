import { useState } from 'preact/hooks';
import type { PostRecord } from '../store/db';
import { formatCount } from '../ui/format';
import { t } from '../ui/i18n';
import { formatPostDate } from './dates';
import { orderPosts, type PostOrder } from './post-order';

/** A table of thousands of rows helps no one: the first ones, the rest on request. */
const FIRST_ROWS = 50;

/** The page's own posts in the range with what the site showed of each. */
export function PostsTable({ posts }: { posts: readonly PostRecord[] }) {
  const [order, setOrder] = useState<PostOrder>('date');
  const [all, setAll] = useState(false);
  const sorted = orderPosts(posts, order);
  const rows = all ? sorted : sorted.slice(0, FIRST_ROWS);
  const count = (n: number | undefined) => (n === undefined ? '—' : formatCount(n));
  return (
    <section class="card" aria-labelledby="posts-heading">
      <div class="card-head">
        <h2 id="posts-heading">{t('postsHeading')}</h2>
        <div class="toggle" role="group" aria-label={t('sortBy')}>
          {(['date', 'engagement'] as const).map((o) => (
            <button key={o} type="button" class="button-quiet" aria-pressed={order === o} data-testid={`posts-by-${o}`} onClick={() => setOrder(o)}>
              {t(o === 'date' ? 'postsNewestFirst' : 'postsBestFirst')}
            </button>
          ))}
        </div>
      </div>
      {posts.length === 0 ? (
        <p class="muted">{t('postsNone')}</p>
      ) : (
        <table class="table posts-table">
          <thead>
            <tr>
              <th scope="col">{t('colDate')}</th>
              <th scope="col">{t('colKind')}</th>
              <th scope="col">{t('colText')}</th>
              <th scope="col" class="number">{t('colReactions')}</th>
              <th scope="col" class="number">{t('colComments')}</th>
              <th scope="col" class="number">{t('colShares')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('colLink')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((post) => (
              <tr key={post.postId} data-testid="post-row" data-post-id={post.postId}>
                <td class="nowrap">{formatPostDate(post)}</td>
                <td>{t(`kind_${post.kind ?? 'other'}`)}</td>
                <td class="post-text">{post.source === 'manual' ? t('recordedByHand') : (post.text ?? '')}</td>
                <td class="number" data-testid="post-reactions">{count(post.reactions)}</td>
                <td class="number" data-testid="post-comments">{count(post.comments)}</td>
                <td class="number" data-testid="post-shares">{count(post.shares)}</td>
                <td>
                  {post.url && (
                    <a href={post.url} target="_blank" rel="noreferrer">
                      {t('openPost')}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!all && sorted.length > FIRST_ROWS && (
        <button type="button" class="button-link" onClick={() => setAll(true)}>
          {t('postsShowAll', formatCount(sorted.length))}
        </button>
      )}
    </section>
  );
}
