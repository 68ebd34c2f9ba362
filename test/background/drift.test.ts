import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { drifted, givenFields } from '../../src/sites/given-fields';
import { T0, freshDb, observation, post } from '../store/fixtures';

const TRACK = { role: 'mine' } as const;
const undated = { ...post(1), publishedAt: undefined, precision: undefined };

describe('could not read: a field given on an earlier visit and missing now', () => {
  it('never on the first visit, whatever the adapter missed', async () => {
    const db = await freshDb();
    const first = observation([undated], { followers: undefined, missing: ['followers', 'post.date'], hidden: ['post.date'] });
    await ingestObservation(db, first, T0, TRACK);
    // The content script reads the page again once tracked: still nothing given before, so no drift.
    await ingestObservation(db, first, T0 + 1000);
    const stored = await db.get('pages', 'x:acme');
    expect(stored?.lastMissing).toBeUndefined();
    expect(stored?.lastHidden).toEqual(['post.date']);
  });

  it('a field read once and then missing gives "could not read"; it clears when the field comes back', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1)]), T0, TRACK);
    await ingestObservation(db, observation([post(1)], { followers: undefined, missing: ['followers'] }), T0 + 1000);
    expect((await db.get('pages', 'x:acme'))?.lastMissing).toEqual(['followers']);
    await ingestObservation(db, observation([post(1)]), T0 + 2000);
    expect((await db.get('pages', 'x:acme'))?.lastMissing).toBeUndefined();
  });

  it('a field never read gives nothing, on any visit', async () => {
    const db = await freshDb();
    const noFollowers = observation([post(1)], { followers: undefined, missing: ['followers'] });
    for (const at of [T0, T0 + 1000, T0 + 2000]) await ingestObservation(db, noFollowers, at, at === T0 ? TRACK : undefined);
    expect((await db.get('pages', 'x:acme'))?.lastMissing).toBeUndefined();
  });

  it('what the site hides by design is no drift: dates given by some posts, hidden on others', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1), undated], { hidden: ['post.date'] }), T0, TRACK);
    await ingestObservation(db, observation([{ ...post(2), publishedAt: undefined, precision: undefined }], { hidden: ['post.date'] }), T0 + 1000);
    const stored = await db.get('pages', 'x:acme');
    expect(stored?.lastMissing).toBeUndefined();
    expect(stored?.lastHidden).toEqual(['post.date']);
  });

  it('names what a visit gave as adapters name what they miss, a repost’s fields not counted', () => {
    expect(givenFields(observation([post(1, { repost: true })]))).toEqual(['followers', 'name']);
    expect(givenFields(observation([post(1, { text: 'Hi', reactions: 2 })]))).toEqual(['followers', 'name', 'post.date', 'post.engagement', 'post.text']);
    expect(drifted(['followers', 'post.text'], ['followers'])).toEqual(['followers']);
    expect(drifted(['followers'], undefined)).toEqual([]);
  });
});
