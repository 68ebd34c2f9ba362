import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { BACKUP_LIMITS } from '../../src/store/backup-schema';
import { exportAll, importBackup, refuseBySize, type ImportErrorCode } from '../../src/store/backup';
import type { Db } from '../../src/store/db';
import { DAY, T0, freshDb, observation, post, snapshot } from './fixtures';

async function filledDb(): Promise<Db> {
  const db = await freshDb();
  await ingestObservation(db, observation([post(1), post(2, { repost: true }), post(3, { publishedAt: undefined, text: 'Ünïcödé, "quoted"' })]), T0, { role: 'mine' });
  const rival = observation([post(7, { kind: 'photo', url: 'https://www.facebook.com/rival/posts/7' })], { site: 'facebook', page: { handle: 'rival', url: 'https://www.facebook.com/rival' } });
  await ingestObservation(db, rival, T0, { role: 'watch' });
  await ingestObservation(db, observation([], { followers: { count: 1300, exact: false, shown: '1.3K' } }), T0 + DAY);
  await db.put('ideas', { pageId: 'x:acme', ideaId: 'poll', state: 'snoozed', at: T0, until: T0 + DAY });
  await db.put('settings', { remindersEnabled: false, quietStart: 1320, quietEnd: 480 }, 'settings');
  return db;
}

/** Gives the file's first page (x:acme) another id, and its records with it. */
function renamePage(json: any, id: string, handle: string, site = 'x', url?: string) {
  const old = json.data.pages[0].id;
  Object.assign(json.data.pages[0], { id, handle, site, ...(url && { url }) });
  for (const store of ['posts', 'followers', 'ideas']) for (const record of json.data[store]) if (record.pageId === old) record.pageId = id;
}

async function backupText(): Promise<string> {
  return JSON.stringify(await exportAll(await filledDb(), T0));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup', () => {
  it('exports everything as one versioned object that imports into an empty profile unchanged', async () => {
    const source = await filledDb();
    const backup = await exportAll(source, T0);
    expect(backup).toMatchObject({ format: 'animateur-backup', version: 1, exportedAt: '2026-01-15T12:00:00.000Z' });
    const target = await freshDb();
    const result = await importBackup(target, JSON.stringify(backup));
    expect(result).toEqual({ ok: true, counts: { pages: 2, posts: 4, followers: 3, ideas: 1, settings: 1 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('merges by key: records of the file join the store, which keeps the records the file lacks', async () => {
    const target = await freshDb();
    const other = observation([post(9)], { page: { handle: 'other', url: 'https://x.com/other' } });
    await ingestObservation(target, other, T0, { role: 'mine' });
    await ingestObservation(target, observation([post(1, { reactions: 500 })]), T0 - DAY, { role: 'mine' });
    expect(await importBackup(target, await backupText())).toMatchObject({ ok: true });
    expect(await target.get('posts', ['x:other', 'p9'])).toBeDefined();
    expect(await target.get('posts', ['x:acme', 'p1'])).toMatchObject({ reactions: 1, firstSeenAt: T0 - DAY, lastSeenAt: T0 });
    expect(await target.count('pages')).toBe(3);
  });

  it('makes nothing staler when an older backup is restored over newer data', async () => {
    const text = await backupText();
    const target = await filledDb();
    const exact = post(3, { publishedAt: T0 - 5 * DAY + 60_000, precision: 'minute', reactions: 80 });
    await ingestObservation(target, observation([exact]), T0 + 2 * DAY);
    expect(await importBackup(target, text)).toMatchObject({ ok: true });
    expect(await target.get('posts', ['x:acme', 'p3'])).toMatchObject({
      publishedAt: T0 - 5 * DAY + 60_000,
      precision: 'minute',
      ownAt: T0 - 5 * DAY + 60_000,
      reactions: 80,
      firstSeenAt: T0,
      lastSeenAt: T0 + 2 * DAY,
    });
  });

  describe('refuses a bad file and changes nothing', () => {
    const edit = async (change: (json: Record<string, any>) => void) => {
      const json = JSON.parse(await backupText());
      change(json);
      return JSON.stringify(json);
    };
    const cases: [string, ImportErrorCode, () => Promise<unknown>, RegExp][] = [
      ['text that is not JSON', 'not-json', async () => 'Hello, this is a note', /JSON/],
      ['JSON with a stray bracket', 'not-json', async () => '{"format": [1, 2}', /./],
      ['a file cut short', 'truncated', async () => (await backupText()).slice(0, 700), /./],
      ['another program’s JSON', 'not-backup', async () => '{"format": "other-app", "version": 1}', /"other-app"/],
      ['a JSON list', 'not-backup', async () => '[1, 2]', /missing/],
      ['a newer version', 'newer-version', () => edit((j) => (j.version = 2)), /version 2/],
      ['a version that is not a number', 'invalid', () => edit((j) => (j.version = '1')), /^version/],
      ['a field of the wrong type', 'invalid', () => edit((j) => (j.data.posts[1].reactions = 'many')), /data\.posts\[1\]\.reactions/],
      ['a missing field', 'invalid', () => edit((j) => delete j.data.followers[0].count), /data\.followers\[0\]\.count/],
      ['an unknown site', 'invalid', () => edit((j) => (j.data.pages[0].site = 'myspace')), /data\.pages\[0\]\.site/],
      ['a record of a page not in the file', 'invalid', () => edit((j) => (j.data.ideas[0].pageId = 'x:ghost')), /x:ghost/],
      ['an overlong text', 'invalid', () => edit((j) => (j.data.posts[0].text = 'a'.repeat(2001))), /longer than 2000/],
      ['too many records', 'too-large', () => edit((j) => (j.data.pages = Array(BACKUP_LIMITS.pages + 1).fill(j.data.pages[0]))), /1001 records/],
      ['an oversize file', 'too-large', async () => ' '.repeat(BACKUP_LIMITS.fileChars + 1), /characters/],
      // Addresses the popup would render as links and a reminder would open in a tab.
      ['a javascript: page address', 'invalid', () => edit((j) => (j.data.pages[0].url = 'javascript:alert(1)')), /data\.pages\[0\]\.url/],
      ['a data: page address', 'invalid', () => edit((j) => (j.data.pages[0].url = 'data:text/html,<script>alert(1)</script>')), /data\.pages\[0\]\.url/],
      ['a file: page address', 'invalid', () => edit((j) => (j.data.pages[0].url = 'file:///etc/passwd')), /data\.pages\[0\]\.url/],
      ['a page address on another site', 'invalid', () => edit((j) => (j.data.pages[0].url = 'https://evil.example/acme')), /data\.pages\[0\]\.url/],
      ['a data: post address', 'invalid', () => edit((j) => (j.data.posts[0].url = 'data:text/html,hi')), /data\.posts\[0\]\.url/],
      ['a post address on another site', 'invalid', () => edit((j) => (j.data.posts[0].url = 'https://evil.example/p')), /data\.posts\[0\]\.url/],
      // Page ids the worker would refuse: stored, they could be neither shown nor deleted.
      ['an upper-case page id', 'invalid', () => edit((j) => renamePage(j, 'x:Acme', 'Acme')), /data\.pages\[0\]\.id/],
      ['a page id with a trailing space', 'invalid', () => edit((j) => renamePage(j, 'x:acme ', 'acme ')), /data\.pages\[0\]\.id/],
      ['a page id of 150 characters', 'invalid', () => edit((j) => renamePage(j, `x:${'a'.repeat(148)}`, 'a'.repeat(148))), /data\.pages\[0\]\.id/],
      // Values the worker refuses from options, so options would show a choice it cannot save.
      ['a goal of half a day', 'invalid', () => edit((j) => (j.data.pages[0].goalDays = 0.5)), /data\.pages\[0\]\.goalDays/],
      ['a goal of a year', 'invalid', () => edit((j) => (j.data.pages[0].goalDays = 365)), /data\.pages\[0\]\.goalDays/],
      // Dates out of range: CSV export would fail ("Invalid time value") and the page read "this minute" forever.
      ['a post dated 9e15', 'invalid', () => edit((j) => (j.data.posts[0].publishedAt = 9e15)), /data\.posts\[0\]\.publishedAt/],
      ['a post seen in 1970', 'invalid', () => edit((j) => (j.data.posts[0].firstSeenAt = 0)), /data\.posts\[0\]\.firstSeenAt/],
      ['a follower sample of next year', 'invalid', () => edit((j) => (j.data.followers[0].at = Date.now() + 400 * DAY)), /data\.followers\[0\]\.at/],
      ['a fractional reaction count', 'invalid', () => edit((j) => (j.data.posts[0].reactions = 1.5)), /data\.posts\[0\]\.reactions/],
    ];
    for (const [what, code, file, detail] of cases) {
      it(what, async () => {
        const db = await filledDb();
        const before = await snapshot(db);
        const result = await importBackup(db, await file());
        expect(result).toEqual({ ok: false, error: code, detail: expect.stringMatching(detail) });
        expect(await snapshot(db)).toEqual(before);
      });
    }

    it('when the database fails midway (full disk)', async () => {
      const db = await freshDb();
      await ingestObservation(db, observation([post(1, { reactions: 500 })]), T0 - DAY, { role: 'mine' });
      const before = await snapshot(db);
      const text = await backupText();
      const realPut = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (this.name === 'ideas') throw new DOMException('full', 'QuotaExceededError');
        return realPut.apply(this, args);
      });
      expect(await importBackup(db, text)).toEqual({ ok: false, error: 'store-failed', detail: 'QuotaExceededError: full' });
      vi.restoreAllMocks();
      expect(await snapshot(db)).toEqual(before);
    });
  });

  it('counts what it stored: a page named twice is one page', async () => {
    const json = JSON.parse(await backupText());
    json.data.pages.push(structuredClone(json.data.pages[0]));
    json.data.posts.push(structuredClone(json.data.posts[0]));
    const db = await freshDb();
    expect(await importBackup(db, json)).toEqual({ ok: true, counts: { pages: 2, posts: 4, followers: 3, ideas: 1, settings: 1 } });
    expect(await db.count('pages')).toBe(2);
  });

  it('takes a Mastodon boost whose address is on the boosted post’s instance', async () => {
    const json = JSON.parse(await backupText());
    renamePage(json, 'mastodon:acme@mastodon.social', 'acme@mastodon.social', 'mastodon', 'https://mastodon.social/@acme');
    json.data.posts[0].url = 'https://social.coop/@someone/1234';
    expect(await importBackup(await freshDb(), json)).toMatchObject({ ok: true });
  });

  it('refuses an oversize file by its size, before reading it', async () => {
    expect(refuseBySize(600 * 1024 * 1024)).toEqual({ ok: false, error: 'too-large', detail: expect.stringMatching(/629145600 bytes/) });
    expect(refuseBySize(50 * 1024 * 1024)).toBeUndefined();
  });

  it('drops fields it does not know and recomputes derived ones', async () => {
    const db = await freshDb();
    const json = JSON.parse(await backupText());
    json.data.posts[0].evil = '<script>';
    json.data.posts[0].ownAt = 1;
    expect(await importBackup(db, json)).toMatchObject({ ok: true });
    const stored = await db.get('posts', [json.data.posts[0].pageId, json.data.posts[0].postId]);
    expect(stored && 'evil' in stored).toBe(false);
    expect(stored?.ownAt).toBe(stored?.publishedAt);
  });
});
