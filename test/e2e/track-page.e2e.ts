import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopup } from './harness/popup';
import { saveArtifact, startSession, type Session } from './harness/session';
import { readStore } from './harness/store-reader';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
});
afterAll(() => session?.end());

test('an X profile is stored only once tracked from the popup, and the popup shows it', async () => {
  const page = await session.context.newPage();
  await page.goto('https://x.com/badlogicgames');
  await page.waitForLoadState('load');

  const untracked = await openPopup(session.context, session.worker, page);
  await untracked.waitFor('document.querySelector("[data-testid=track-page]")');
  // Visiting an untracked page stores nothing.
  expect((await readStore(session.worker)).pages).toEqual([]);
  await untracked.evaluate('document.querySelector("[data-testid=track-page]").click()');
  await untracked.waitFor('document.querySelector("[data-testid=page-row]")');
  await untracked.close();

  const stored = await readStore(session.worker);
  expect(stored.pages).toMatchObject([{ id: 'x:badlogicgames', name: 'Mario Zechner', role: 'mine' }]);
  expect(stored.posts).toHaveLength(9);
  expect(stored.posts.find((p) => p.postId === '1985127737481154951')).toMatchObject({
    pinned: true,
    publishedAt: Date.parse('2025-11-02T23:31:49.000Z'),
  });
  expect(stored.followers).toMatchObject([{ count: 14071, exact: true, shown: '14K Followers' }]);

  const popup = await openPopup(session.context, session.worker, page);
  // The page in the active tab is the one selected, shown in the detail pane.
  const row = await popup.waitFor<{ lastStatus: string; followers: string }>(`(() => {
    const selected = document.querySelector('[data-testid=page-row][aria-current=true]');
    const lastStatus = document.querySelector('[data-testid=last-status]');
    return selected && lastStatus && {
      lastStatus: lastStatus.textContent,
      followers: document.querySelector('[data-testid=follower-count]').textContent,
    };
  })()`);
  // A post of November 2025, a year or more ago: counted in months or years, never in hundreds of days.
  expect(row.lastStatus).toMatch(/^Last post \d+ (months|years?) ago$/);
  expect(row.followers).toBe('14,071 followers');
  expect(await popup.evaluate('document.querySelector("[data-testid=track-page]")')).toBeNull();
  saveArtifact('popup-tracked-en.png', await popup.screenshot());
  await popup.close();

  expect(session.errors).toEqual([]);
});
