/**
 * Node-side store figures (fake-indexeddb): what ingesting an unchanged page costs.
 * The popup queries are measured in Chromium's real IndexedDB by store-queries.chromium.ts.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { ingestObservation } from '../../src/background/ingest';
import { openDb } from '../../src/store/db';
import type { Observation } from '../../src/sites/types';
import { medianMs, report } from './report';

const NAME = 'animateur-bench-ingest';
const NOW = Date.UTC(2026, 0, 15, 12);
const HOUR = 60 * 60 * 1000;

const observation: Observation = {
  site: 'x',
  page: { handle: 'acme', name: 'Acme', url: 'https://x.com/acme' },
  ownerView: true,
  followers: { count: 12_345, exact: true, shown: '12,345' },
  posts: Array.from({ length: 50 }, (_, n) => ({
    id: String(1_900_000_000 + n),
    url: `https://x.com/acme/status/${1_900_000_000 + n}`,
    publishedAt: NOW - n * 7 * HOUR,
    precision: 'minute' as const,
    text: `Status ${n}: a text of ordinary length, with a link and a hashtag #animation`.padEnd(200, '.'),
    kind: 'text' as const,
    reactions: n * 3,
    comments: n,
    shares: n % 5,
  })),
};

await deleteDB(NAME);
const db = await openDb(NAME);
await ingestObservation(db, observation, NOW, { role: 'mine' });

let writes = 0;
let at = NOW;
const ms = await medianMs(async () => {
  const result = await ingestObservation(db, observation, (at += 1000));
  if (result.tracked) writes += result.writes;
}, 21);
report('store.ingest.unchanged50.writes', writes, 'writes');
report('store.ingest.unchanged50.ms', ms, 'ms');
db.close();
await deleteDB(NAME);
