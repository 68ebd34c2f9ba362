import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { followPage as startFollowing, type FollowPageOptions, type PageFollower } from '../../src/content/follow-page';
import { validateObservation } from '../../src/background/validate-message';
import { MAX_POSTS_PER_MESSAGE } from '../../src/message-limits';
import { postElements } from '../../src/sites/read';
import type { Observation, SiteAdapter } from '../../src/sites/types';

/** A minimal adapter over <article data-id>: what matters here is what the follower asks of it. */
function articleAdapter() {
  const readPosts: string[][] = [];
  const adapter: SiteAdapter = {
    site: 'x',
    matches: (url) => url.pathname.startsWith('/page'),
    observe(doc, url, _now, roots) {
      const posts = postElements(doc, 'article[data-id]', roots).map((el) => ({
        id: el.getAttribute('data-id')!,
        text: el.textContent ?? '',
      }));
      readPosts.push(posts.map((p) => p.id));
      return { site: 'x', page: { handle: url.pathname.slice(1), url: url.href }, ownerView: false, posts };
    },
  };
  return { adapter, readPosts };
}

let batches: (() => void)[];
const runBatches = async () => {
  await Promise.resolve(); // let MutationObserver records arrive
  while (batches.length) batches.shift()!();
  await new Promise((r) => setTimeout(r, 0)); // let the send promise settle
};

function addPost(id: string) {
  const article = document.createElement('article');
  article.setAttribute('data-id', id);
  article.textContent = `post ${id}`;
  document.body.append(article);
}

let followers: PageFollower[] = [];
/** Every follower made here is stopped after its test, so none reacts to the next test's DOM. */
function followPage(options: FollowPageOptions): PageFollower {
  const follower = startFollowing(options);
  followers.push(follower);
  return follower;
}

beforeEach(() => {
  document.body.innerHTML = '';
  batches = [];
});
afterEach(() => {
  for (const follower of followers) follower.stop();
  followers = [];
});

describe('followPage', () => {
  test('an untracked page is read once; later mutations only check the URL', async () => {
    const { adapter, readPosts } = articleAdapter();
    const send = vi.fn(async (_: Observation) => ({ tracked: false }));
    addPost('1');
    followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
    await runBatches();
    addPost('2');
    addPost('3');
    await runBatches();
    expect(send).toHaveBeenCalledTimes(1);
    expect(readPosts).toEqual([['1']]);
  });

  test('a tracked page reads only added posts and sends only what changed', async () => {
    const { adapter, readPosts } = articleAdapter();
    const send = vi.fn(async (_: Observation) => ({ tracked: true }));
    addPost('1');
    followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
    await runBatches();
    addPost('2');
    addPost('3');
    await runBatches();
    expect(readPosts).toEqual([['1'], ['2', '3']]);
    expect(send.mock.calls.map(([obs]) => obs.posts.map((p) => p.id))).toEqual([['1'], ['2', '3']]);

    // A mutation that changes nothing the adapter reads sends nothing.
    document.body.append(document.createElement('div'));
    await runBatches();
    expect(send).toHaveBeenCalledTimes(2);

    // A change inside a known post re-reads that post only, and sends it.
    document.querySelector('[data-id="2"]')!.append(' edited');
    await runBatches();
    expect(readPosts.at(-1)).toEqual(['2']);
    expect(send.mock.calls.at(-1)![0].posts).toEqual([{ id: '2', text: 'post 2 edited' }]);
  });

  test('tracking from the popup starts following, with a full read', async () => {
    const { adapter } = articleAdapter();
    let tracked = false;
    const send = vi.fn(async (_: Observation) => ({ tracked }));
    addPost('1');
    const follower = followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
    await runBatches();
    tracked = true;
    follower.tracked();
    await runBatches();
    addPost('2');
    await runBatches();
    expect(send.mock.calls.map(([obs]) => obs.posts.map((p) => p.id))).toEqual([['1'], ['1'], ['2']]);
  });

  test("an untracked page's late reply does not stop the follower the popup has since tracked", async () => {
    const { adapter } = articleAdapter();
    let answerFirst!: (reply: { tracked: boolean }) => void;
    const first = new Promise<{ tracked: boolean }>((resolve) => (answerFirst = resolve));
    const send = vi.fn(async (_: Observation) => (send.mock.calls.length === 1 ? first : { tracked: true }));
    addPost('1');
    const follower = followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
    await runBatches(); // the page-load read waits for its answer…
    follower.tracked(); // …while the admin tracks the page from the popup
    await runBatches();
    answerFirst({ tracked: false }); // the worker's answer to the read from before the tracking
    await runBatches();
    addPost('2');
    await runBatches();
    expect(send.mock.calls.map(([obs]) => obs.posts.map((p) => p.id))).toEqual([['1'], ['1'], ['2']]);
  });

  test('a client-side navigation starts over on the new page', async () => {
    const { adapter } = articleAdapter();
    let url = new URL('https://x.com/page-a');
    const send = vi.fn(async (_: Observation) => ({ tracked: true }));
    addPost('1');
    followPage({ doc: document, currentUrl: () => url, adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
    await runBatches();
    url = new URL('https://x.com/page-b');
    document.body.innerHTML = '';
    addPost('9');
    await runBatches();
    expect(send.mock.calls.map(([obs]) => [obs.page.handle, obs.posts.map((p) => p.id)])).toEqual([
      ['page-a', ['1']],
      ['page-b', ['9']],
    ]);
  });

  test('a timeline longer than one message carries is sent in parts the worker accepts', async () => {
    const { adapter } = articleAdapter();
    const send = vi.fn(async (_: Observation) => ({ tracked: true }));
    for (let i = 0; i < 1200; i++) addPost(String(i));
    followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
    await runBatches();
    const parts = send.mock.calls.map(([obs]) => obs);
    expect(parts.map((obs) => obs.posts.length)).toEqual([MAX_POSTS_PER_MESSAGE, MAX_POSTS_PER_MESSAGE, 200]);
    expect(parts.every((obs) => validateObservation(obs) !== null)).toBe(true);
    expect(new Set(parts.flatMap((obs) => obs.posts.map((p) => p.id))).size).toBe(1200);
  });

  test.each([
    ['failed', () => Promise.reject(new Error('Could not establish connection'))],
    // webextension-polyfill resolves with nothing when the worker stops before answering.
    ['left unanswered', () => Promise.resolve(undefined as never)],
  ])('an observation whose send %s is read and sent again later', async (_, firstSend) => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { adapter } = articleAdapter();
      const send = vi
        .fn<(obs: Observation) => Promise<{ tracked: boolean }>>()
        .mockImplementationOnce(firstSend)
        .mockResolvedValue({ tracked: true });
      addPost('1');
      followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
      await Promise.resolve();
      batches.shift()!();
      await vi.advanceTimersByTimeAsync(0);
      expect(send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(3000);
      batches.shift()!();
      await vi.advanceTimersByTimeAsync(0);
      expect(send.mock.calls.map(([obs]) => obs.posts.map((p) => p.id))).toEqual([['1'], ['1']]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('followPage tells the overlay what it delivered', () => {
  test('once per page while untracked, then after each tracked delivery', async () => {
    const { adapter } = articleAdapter();
    let tracked = false;
    const delivered: [string, boolean][] = [];
    addPost('1');
    const follower = followPage({
      doc: document,
      currentUrl: () => new URL('https://x.com/page'),
      adapterFor: () => adapter,
      send: async () => ({ tracked }),
      onDelivered: (observation, isTracked) => delivered.push([observation.page.handle, isTracked]),
      schedule: (run) => batches.push(run),
    });
    await runBatches();
    addPost('2');
    await runBatches();
    expect(delivered).toEqual([['page', false]]);
    tracked = true;
    follower.tracked();
    await runBatches();
    expect(delivered).toEqual([['page', false], ['page', true]]);
  });

  test("a batch of readable posts does not undo the full read's report of unreadable ones", async () => {
    const missingAdapter: SiteAdapter = {
      site: 'x',
      matches: () => true,
      observe(doc, url, _now, roots) {
        const posts = postElements(doc, 'article[data-id]', roots).map((el) => ({ id: el.getAttribute('data-id')! }));
        // Post 1 has no readable date; a batch that holds only later posts cannot know that.
        const undated = posts.some((p) => p.id === '1');
        return { site: 'x', page: { handle: 'page', url: url.href }, ownerView: false, posts, missing: undated ? ['post-dates'] : [] };
      },
    };
    const send = vi.fn(async (_: Observation) => ({ tracked: true }));
    addPost('1');
    followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => missingAdapter, send, schedule: (run) => batches.push(run) });
    await runBatches();
    addPost('2');
    await runBatches();
    expect(send.mock.calls.map(([obs]) => obs.missing)).toEqual([['post-dates'], ['post-dates']]);
  });

  test('an observation the worker refused is not sent again, and the page is still followed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { adapter } = articleAdapter();
      const send = vi
        .fn<(obs: Observation) => Promise<{ tracked: boolean; refused?: true }>>()
        .mockResolvedValueOnce({ tracked: true })
        .mockResolvedValueOnce({ tracked: false, refused: true })
        .mockResolvedValue({ tracked: true });
      const step = async () => {
        await Promise.resolve();
        while (batches.length) batches.shift()!();
        await vi.advanceTimersByTimeAsync(0);
      };
      addPost('1');
      followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, schedule: (run) => batches.push(run) });
      await step();
      addPost('2');
      await step();
      await vi.advanceTimersByTimeAsync(10_000);
      await step();
      expect(send).toHaveBeenCalledTimes(2);
      addPost('3');
      await step();
      expect(send.mock.calls.map(([obs]) => obs.posts.map((p) => p.id))).toEqual([['1'], ['2'], ['3']]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('followPage with reads finished later (dates read by the worker)', () => {
  /** Each read waits for its own release, as a read whose date texts the worker reads. */
  function heldSettle() {
    const held: { fullRead: boolean; release: () => void; fail: () => void }[] = [];
    const settle = vi.fn((observation: Observation, { fullRead }: { fullRead: boolean; now: Date }) =>
      new Promise<Observation>((resolve, reject) => {
        held.push({ fullRead, release: () => resolve({ ...observation, hidden: ['settled'] }), fail: () => reject(new Error('worker stopped')) });
      }),
    );
    return { settle, held };
  }

  test('what is delivered is the finished read, in the order reads began, and readNow waits for it too', async () => {
    const { adapter } = articleAdapter();
    const send = vi.fn(async (_: Observation) => ({ tracked: true }));
    const { settle, held } = heldSettle();
    addPost('1');
    const follower = followPage({ doc: document, currentUrl: () => new URL('https://x.com/page'), adapterFor: () => adapter, send, settle, schedule: (run) => batches.push(run) });
    await runBatches();
    expect(send).not.toHaveBeenCalled();
    // The tracked page's added post is read while the full read still waits for its dates.
    const first = held[0]!;
    first.release();
    await runBatches();
    addPost('2');
    await runBatches();
    addPost('3');
    await runBatches();
    expect(held.map((read) => read.fullRead)).toEqual([true, false, false]);
    // Released last to first: still delivered first to last.
    for (const read of held.slice(1).reverse()) read.release();
    await runBatches();
    expect(send.mock.calls.map(([obs]) => obs.posts.map((p) => p.id))).toEqual([['1'], ['2'], ['3']]);
    expect(send.mock.calls.every(([obs]) => obs.hidden?.includes('settled'))).toBe(true);

    const now = follower.readNow();
    await Promise.resolve();
    held.at(-1)!.release();
    expect((await now)?.hidden).toEqual(['settled']);
  });

  test('a read that failed for its dates is read again; one that waited across a navigation is dropped', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { adapter } = articleAdapter();
      let url = new URL('https://x.com/page-a');
      const send = vi.fn(async (_: Observation) => ({ tracked: true }));
      const { settle, held } = heldSettle();
      addPost('1');
      followPage({ doc: document, currentUrl: () => url, adapterFor: () => adapter, send, settle, schedule: (run) => batches.push(run) });
      await Promise.resolve();
      while (batches.length) batches.shift()!();
      held[0]!.fail();
      await vi.advanceTimersByTimeAsync(3000);
      while (batches.length) batches.shift()!();
      expect(held).toHaveLength(2);
      expect(send).not.toHaveBeenCalled();

      // The page changes while that read waits: the new page's read waits behind it.
      url = new URL('https://x.com/page-b');
      addPost('9');
      await Promise.resolve();
      while (batches.length) batches.shift()!();
      expect(held).toHaveLength(3);
      held[1]!.release();
      held[2]!.release();
      await vi.advanceTimersByTimeAsync(0);
      expect(send.mock.calls.map(([obs]) => obs.page.handle)).toEqual(['page-b']);
    } finally {
      vi.useRealTimers();
    }
  });
});
