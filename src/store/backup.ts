import { pageRange, type Db, type PostRecord } from './db';
import { isPlainObject } from '../plain-object';
import { BACKUP_LIMITS, BackupRefusal, readBackupData, type BackupData, type ImportErrorCode } from './backup-schema';
import { mergePostRecords } from './posts';
import { refreshSummary } from './summaries';
import { describeError } from './store-error';
import { inTransaction, requestBatch } from './transaction';

export type { ImportErrorCode } from './backup-schema';

export const BACKUP_FORMAT = 'animateur-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  data: BackupData;
}

export type ImportCounts = Record<'pages' | 'posts' | 'followers' | 'ideas' | 'settings', number>;
export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; error: ImportErrorCode; detail: string };

/** Everything stored, as one JSON-serialisable object read in one transaction (a consistent copy). */
export async function exportAll(db: Db, now = Date.now()): Promise<Backup> {
  const tx = db.transaction(['pages', 'posts', 'followers', 'ideas', 'settings']);
  const [pages, posts, followers, ideas, settings] = await Promise.all([
    tx.objectStore('pages').getAll(),
    tx.objectStore('posts').getAll(),
    tx.objectStore('followers').getAll(),
    tx.objectStore('ideas').getAll(),
    tx.objectStore('settings').get('settings'),
  ]);
  const data: BackupData = { pages, posts: posts.map(({ ownAt: _derived, ...post }) => post), followers, ideas };
  if (settings) data.settings = settings;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), data };
}

/**
 * Restores a backup: the file text (or its parsed JSON) is checked whole first, then applied in
 * one transaction, merged by key: stored records the file does not name are kept; a post in both
 * keeps its newest reading (mergePostRecords); any other record of the file replaces its key.
 * A refused file changes nothing.
 */
export async function importBackup(db: Db, input: unknown): Promise<ImportResult> {
  let data: BackupData;
  try {
    data = readBackup(typeof input === 'string' ? parseFile(input) : input);
  } catch (err) {
    if (err instanceof BackupRefusal) return { ok: false, error: err.code, detail: err.detail };
    throw err;
  }
  try {
    await inTransaction(db, ['pages', 'posts', 'followers', 'ideas', 'settings', 'summaries', 'weeks'], async (tx) => {
      const posts = tx.objectStore('posts');
      const storedPosts = await Promise.all(data.pages.map((page) => posts.getAll(pageRange(page.id))));
      const stored = new Map(storedPosts.flat().map((post) => [postKey(post), post]));
      const puts = requestBatch();
      for (const record of data.pages) puts.add(tx.objectStore('pages').put(record));
      for (const record of data.posts) puts.add(posts.put(mergePostRecords(stored.get(postKey(record)), record)));
      for (const record of data.followers) puts.add(tx.objectStore('followers').put(record));
      for (const record of data.ideas) puts.add(tx.objectStore('ideas').put(record));
      if (data.settings) puts.add(tx.objectStore('settings').put(data.settings, 'settings'));
      await puts.done();
      // After the puts, so each summary sums up the merged history.
      for (const page of data.pages) await refreshSummary(tx, page.id);
    });
  } catch (err) {
    return { ok: false, error: 'store-failed', detail: describeError(err) };
  }
  return { ok: true, counts: storedCounts(data) };
}

/**
 * How many records the import stored: a file naming the same record twice stores it once (the
 * later one wins its key), and says so.
 */
function storedCounts({ pages, posts, followers, ideas, settings }: BackupData): ImportCounts {
  const distinct = <T>(records: readonly T[], key: (record: T) => unknown) => new Set(records.map(key)).size;
  return {
    pages: distinct(pages, (page) => page.id),
    posts: distinct(posts, postKey),
    followers: distinct(followers, (sample) => `${sample.pageId}\n${sample.at}`),
    ideas: distinct(ideas, (idea) => `${idea.pageId}\n${idea.ideaId}`),
    settings: settings ? 1 : 0,
  };
}

const postKey = (post: PostRecord) => `${post.pageId}\n${post.postId}`;

/**
 * Refuses a file by its size before a byte of it is read: reading 600 MB into one string would
 * exhaust the page's memory, and then be reported as a file that is not JSON.
 */
export function refuseBySize(bytes: number): ImportResult | undefined {
  if (bytes <= BACKUP_LIMITS.fileBytes) return undefined;
  return { ok: false, error: 'too-large', detail: `${bytes} bytes, at most ${BACKUP_LIMITS.fileBytes}` };
}

function parseFile(text: string): unknown {
  if (text.length > BACKUP_LIMITS.fileChars) {
    throw new BackupRefusal('too-large', `${text.length} characters, at most ${BACKUP_LIMITS.fileChars}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new BackupRefusal(endsMidValue(text) ? 'truncated' : 'not-json', detail);
  }
}

function readBackup(json: unknown): BackupData {
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) {
    const format = isPlainObject(json) ? json.format : undefined;
    throw new BackupRefusal('not-backup', `format is ${JSON.stringify(format) ?? 'missing'}, expected "${BACKUP_FORMAT}"`);
  }
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupRefusal('invalid', `version: expected a whole number, got ${JSON.stringify(version)}`);
  }
  if (version > BACKUP_VERSION) {
    throw new BackupRefusal('newer-version', `backup version ${version}; this Animateur reads up to ${BACKUP_VERSION}`);
  }
  if (typeof json.exportedAt !== 'string' || Number.isNaN(Date.parse(json.exportedAt))) {
    throw new BackupRefusal('invalid', 'exportedAt: expected an ISO date');
  }
  return readBackupData(json.data);
}

/**
 * Whether JSON that failed to parse was cut short (brackets or a string still open at the end)
 * rather than malformed (a closing bracket that matches nothing).
 */
function endsMidValue(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') open.push(ch === '{' ? '}' : ']');
    else if ((ch === '}' || ch === ']') && open.pop() !== ch) return false;
  }
  return inString || open.length > 0;
}
