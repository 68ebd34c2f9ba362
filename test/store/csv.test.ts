import { describe, expect, it } from 'vitest';
import { csvSeparatorFor, audienceCsv, postsCsv } from '../../src/store/csv';
import type { PostRecord } from '../../src/store/db';
import { T0 } from './fixtures';

const base: PostRecord = { pageId: 'x:acme', postId: '1', firstSeenAt: T0, lastSeenAt: T0, source: 'read' };

describe('CSV export', () => {
  it('starts with a byte order mark and a header, ends lines with CRLF, leaves unknown cells empty', () => {
    const csv = postsCsv([{ ...base, publishedAt: T0, precision: 'minute', reactions: 3 }]);
    expect(csv.startsWith('\uFEFFpage,post_id,published_utc,')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFpage,post_id,published_utc,date_precision,kind,repost,pinned,reactions,comments,shares,text,url,first_seen_utc,last_seen_utc',
      'x:acme,1,2026-01-15 12:00:00,minute,,false,false,3,,,,,2026-01-15 12:00:00,2026-01-15 12:00:00',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and keeps Unicode as is', () => {
    const row = postsCsv([{ ...base, text: 'Soirée "jeux", ce soir\nà 20 h' }]).split('\r\n')[1];
    expect(row).toContain(',"Soirée ""jeux"", ce soir\nà 20 h",');
  });

  it('defuses text cells that a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)']) {
      const row = postsCsv([{ ...base, text }]).split('\r\n')[1] ?? '';
      expect(row).toMatch(/,"?'[=+\-@]/);
    }
  });

  it('writes audience samples one per row, every site in one file under a neutral column name', () => {
    const csv = audienceCsv([
      { pageId: 'x:acme', at: T0, count: 1200, exact: false, shown: '1,2 k' },
      { pageId: 'youtube:acme', at: T0, count: 300, exact: true, shown: '300' },
    ]);
    expect(csv).toBe('\uFEFFpage,at_utc,audience,exact,shown\r\nx:acme,2026-01-15 12:00:00,1200,false,"1,2 k"\r\nyoutube:acme,2026-01-15 12:00:00,300,true,300\r\n');
  });

  it('separates cells with semicolons for a spreadsheet in a decimal-comma language, quoting both separators', () => {
    const csv = audienceCsv([{ pageId: 'x:acme', at: T0, count: 1200, exact: false, shown: '1,2 k; ou plus' }], ';');
    expect(csv).toBe('\uFEFFpage;at_utc;audience;exact;shown\r\nx:acme;2026-01-15 12:00:00;1200;false;"1,2 k; ou plus"\r\n');
  });
});

describe('CSV separator', () => {
  it('is a semicolon where decimals are written with a comma, else a comma', () => {
    expect(['fr', 'fr-FR', 'fr-CA', 'de-DE', 'en-US', 'en-GB', 'ja'].map(csvSeparatorFor)).toEqual([';', ';', ';', ';', ',', ',', ',']);
  });

  it('is a comma for a language tag it cannot read', () => {
    expect(csvSeparatorFor('not a locale!')).toBe(',');
  });
});
