import { numberSymbols } from '../parse/locale-numbers';
import type { FollowerSample, PostRecord } from './db';

type Cell = string | number | boolean | undefined;

// Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark.
const BOM = '\uFEFF';
// A text cell starting with one of these would run as a formula when the file is opened
// (CSV injection): a post's text is written by anyone who can post on the page.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What separates cells: a comma (RFC 4180), or a semicolon where numbers are written with a
 * decimal comma, as spreadsheets there (Excel in French, German …) open a file of commas as one column.
 */
export type CsvSeparator = ',' | ';';

export function csvSeparatorFor(locale: string): CsvSeparator {
  return numberSymbols(locale).decimal === ',' ? ';' : ',';
}

// Either separator is quoted, whichever the file uses: the rule stays one and the file valid.
function cell(value: Cell): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 (with the separator above): CRLF line ends, quotes doubled inside quoted cells. */
function table(header: readonly string[], rows: Cell[][], separator: CsvSeparator): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** "2026-01-15 12:00:00": the form spreadsheets read as a date and time, in UTC. */
function utc(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

const POST_COLUMNS = [
  'page', 'post_id', 'published_utc', 'date_precision', 'kind', 'repost', 'pinned',
  'reactions', 'comments', 'shares', 'text', 'url', 'first_seen_utc', 'last_seen_utc',
] as const;

export function postsCsv(posts: readonly PostRecord[], separator: CsvSeparator = ','): string {
  return table(
    POST_COLUMNS,
    posts.map((p) => [
      p.pageId, p.postId, utc(p.publishedAt), p.precision, p.kind, p.repost ?? false, p.pinned ?? false,
      p.reactions, p.comments, p.shares, p.text, p.url, utc(p.firstSeenAt), utc(p.lastSeenAt),
    ]),
    separator,
  );
}

/**
 * One file for the pages of every site, so the count's column has the neutral name "audience":
 * it holds a YouTube channel's subscribers beside other pages' followers. Column names are the
 * same in every UI language, so a sheet or script built on the file reads any admin's export.
 */
export function audienceCsv(samples: readonly FollowerSample[], separator: CsvSeparator = ','): string {
  return table(
    ['page', 'at_utc', 'audience', 'exact', 'shown'],
    samples.map((s) => [s.pageId, utc(s.at), s.count, s.exact, s.shown]),
    separator,
  );
}
