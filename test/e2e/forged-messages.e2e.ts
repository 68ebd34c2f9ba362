// What a hostile web page can try against the extension: message it directly (it may not: no
// externally_connectable), or write forged values into the attributes our page-world script
// leaves on Facebook posts (the content script must not take them as facts).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { clearStore, readStore } from './harness/store-reader';
import { waitForCount } from './harness/x-timeline';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
  session.serveFixture('www.facebook.com', '/SunnyBakeryLyon', 'facebook', 'page-world-attrs-en');
});
afterAll(() => session?.end());

/** A fresh store with only the page at `url` tracked, from the popup as the admin does it. */
async function trackOnly(url: string) {
  await clearStore(session.worker);
  const page = await session.context.newPage();
  await page.goto(url);
  await trackFromPopup(session.context, session.worker, page);
  return { page, before: await readStore(session.worker) };
}

test('a web page cannot message the extension, by id or otherwise, and nothing it sends is stored', async () => {
  const { page, before } = await trackOnly('https://x.com/badlogicgames');
  expect(before.pages).toHaveLength(1);

  const forged = {
    track: {
      type: 'track-page',
      role: 'mine',
      observation: { site: 'x', page: { handle: 'forged', url: 'https://x.com/forged' }, ownerView: true, posts: [{ id: '1999999999999999999' }] },
    },
    observe: {
      type: 'observation',
      observation: { site: 'x', page: { handle: 'badlogicgames', url: 'https://x.com/badlogicgames' }, ownerView: true, posts: [{ id: '1999999999999999998' }] },
    },
  };
  // In the page's own world, with the extension's real id (a page can learn it from a resource).
  const attempts = await page.evaluate(
    async ({ id, forged }) => {
      const runtime = (window as unknown as { chrome?: { runtime?: any } }).chrome?.runtime;
      const tryIt = async (what: () => unknown) => {
        try {
          const reply = await what();
          return `answered ${JSON.stringify(reply)}`;
        } catch (error) {
          return `failed: ${(error as Error).message}`;
        }
      };
      const results: Record<string, string> = {};
      for (const [name, message] of Object.entries(forged)) {
        results[`sendMessage ${name}`] = typeof runtime?.sendMessage === 'function' ? await tryIt(() => runtime.sendMessage(id, message)) : 'unavailable';
        results[`connect ${name}`] =
          typeof runtime?.connect === 'function' ? await tryIt(() => runtime.connect(id).postMessage(message)) : 'unavailable';
        // Content scripts share the DOM: a page might hope one relays window messages or events.
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('animateur', { detail: message }));
      }
      return results;
    },
    { id: session.extensionId, forged },
  );
  console.log(JSON.stringify({ name: 'forged.page-messaging', attempts }));
  // Without externally_connectable Chrome gives web pages no chrome.runtime to message with.
  for (const [what, result] of Object.entries(attempts)) expect(result, what).toBe('unavailable');

  // A real change on the page after the attempts: once it is stored, the attempts had their chance.
  await page.evaluate(() => {
    const timeline = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    const cell = timeline.querySelector('[data-testid="cellInnerDiv"]')!.cloneNode(true) as Element;
    for (const a of cell.querySelectorAll('a[href*="/status/"]')) a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, '/status/1980000000000000001'));
    timeline.append(cell);
  });
  expect(await waitForCount(async () => (await readStore(session.worker)).posts.length, before.posts.length + 1, 10_000)).toBe(before.posts.length + 1);
  const after = await readStore(session.worker);
  expect(after.pages.map((p) => p.id)).toEqual(['x:badlogicgames']);
  expect(after.posts.map((p) => p.postId).sort()).toEqual([...before.posts.map((p) => p.postId), '1980000000000000001'].sort());
  await page.close();
});

test('forged page-world attributes on Facebook posts are not stored', async () => {
  const { page, before } = await trackOnly('https://www.facebook.com/SunnyBakeryLyon');
  const dateOf = (posts: typeof before.posts, id: string) => posts.find((p) => p.postId === id)?.publishedAt;
  expect(dateOf(before.posts, '5550001')).toBe(1749722400000);
  expect(dateOf(before.posts, '5550003')).toBeUndefined();

  // The page (its own world, like any script of Facebook's or an injected one) rewrites the facts.
  const forgedDates = ['4102444800', '17497224OO', '1749722400.5', '-1749722400', '0x6848e2a0', ' 1749722400'];
  await page.evaluate((forgedDates) => {
    const post = (n: number) => document.querySelector(`[aria-posinset="${n}"]`)!;
    post(3).setAttribute('data-animateur-created', '4102444800'); // 2100-01-01
    post(1).setAttribute('data-animateur-created', '17497224OO');
    post(2).setAttribute('data-animateur-post-id', 'abc123');
    post(1).setAttribute('data-animateur-post-id', '5550001 OR 1=1');
    // More posts arrive, each carrying one forged date.
    const main = document.querySelector('[role="main"]')!;
    forgedDates.forEach((created, i) => {
      const clone = post(3).cloneNode(true) as Element;
      clone.setAttribute('aria-posinset', String(10 + i));
      clone.setAttribute('data-animateur-post-id', String(7770000 + i));
      clone.setAttribute('data-animateur-created', created);
      clone.querySelector('[data-ad-rendering-role="story_message"] div')!.textContent = `Forged post ${i}`;
      main.append(clone);
    });
    // The control: a real date written the way the page-world script writes it.
    const real = post(3).cloneNode(true) as Element;
    real.setAttribute('aria-posinset', '20');
    real.setAttribute('data-animateur-post-id', '7779999');
    real.setAttribute('data-animateur-created', '1749000000');
    real.querySelector('[data-ad-rendering-role="story_message"] div')!.textContent = 'A real post';
    main.append(real);
  }, forgedDates);
  const control = async () => ((await readStore(session.worker)).posts.some((p) => p.postId === '7779999') ? 1 : 0);
  expect(await waitForCount(control, 1, 10_000)).toBe(1);

  const after = await readStore(session.worker);
  console.log(JSON.stringify({ name: 'forged.facebook-posts', stored: after.posts.map((p) => [p.postId, p.publishedAt ?? null]) }));
  expect(dateOf(after.posts, '7779999')).toBe(1749000000000);
  expect(dateOf(after.posts, '5550001')).toBe(1749722400000);
  expect(dateOf(after.posts, '5550003')).toBeUndefined();
  // Each forged-date post is stored (its id is sound) without a date.
  for (let i = 0; i < forgedDates.length; i++) expect(dateOf(after.posts, String(7770000 + i)), forgedDates[i]).toBeUndefined();
  // No forged id reached the store (an untrusted id falls back to the adapter's own: photo or
  // text), and no date past tomorrow either.
  const ids = after.posts.map((p) => String(p.postId));
  expect(ids.filter((id) => !/^(\d+|photo:\d+|text:\w+)$/.test(id))).toEqual([]);
  expect(ids.some((id) => /abc123|OR 1=1/.test(id))).toBe(false);
  expect(after.posts.filter((p) => p.publishedAt !== undefined && p.publishedAt > Date.now() + 86_400_000)).toEqual([]);
  await page.close();
  expect(session.errors).toEqual([]);
});
