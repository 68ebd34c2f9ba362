import type { PostRecord } from '../store/db';
import { dateTimeFormat } from '../ui/intl-formats';

/** A post's date as precise as it was read: "12 Mar 2026, 18:04", "12 Mar 2026", "March 2024". */
export function formatPostDate(post: Pick<PostRecord, 'publishedAt' | 'precision'>): string {
  if (post.publishedAt === undefined) return '—';
  const options: Intl.DateTimeFormatOptions =
    post.precision === 'year'
      ? { year: 'numeric' }
      : post.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : post.precision === 'day' || post.precision === undefined
          ? { dateStyle: 'medium' }
          : { dateStyle: 'medium', timeStyle: 'short' };
  return dateTimeFormat(options).format(post.publishedAt);
}
