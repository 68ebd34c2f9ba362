// A tracked page that keeps loading posts as the admin scrolls: the content script reads the
// added ones as they arrive and they reach IndexedDB, without a reload.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { readStore } from './harness/store-reader';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
});
afterAll(() => session?.end());

async function waitForPosts(count: number): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const stored = (await readStore(session.worker)).posts.length;
    if (stored >= count || Date.now() > deadline) return stored;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('posts appended to a tracked X timeline are stored as they appear', async () => {
  const page = await session.context.newPage();
  await page.goto('https://x.com/badlogicgames');
  await trackFromPopup(session.context, session.worker, page);
  expect(await waitForPosts(9)).toBe(9);

  // X's timeline appends cells like the capture's own; each batch here is 20 new posts.
  for (let batch = 0; batch < 3; batch++) {
    await page.evaluate((batch) => {
      const timeline = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
      const templates = [...timeline.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(0, 9);
      for (let i = 0; i < 20; i++) {
        const cell = templates[i % templates.length]!.cloneNode(true) as Element;
        const id = `19${String(batch).padStart(2, '0')}${String(i).padStart(15, '0')}`;
        for (const a of cell.querySelectorAll('a[href*="/status/"]')) {
          a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, `/status/${id}`));
        }
        timeline.append(cell);
      }
    }, batch);
    expect(await waitForPosts(9 + 20 * (batch + 1))).toBe(9 + 20 * (batch + 1));
  }
  const stored = await readStore(session.worker);
  expect(stored.posts.filter((p) => String(p.postId).startsWith('1902'))).toHaveLength(20);
  expect(session.errors).toEqual([]);
});
