import { afterEach, describe, expect, it, vi } from 'vitest';
import { CREATED_ATTR, POST_ID_ATTR, STORIES_ID } from '../../src/sites/facebook-attributes';
import { install, MAX_TRIES } from '../../src/page-world/facebook-times';
import { watchGraphql } from '../../src/page-world/facebook-graphql';
import { graphqlBody, pageStory } from '../sites/capture-payloads';

/** Animation frames run by hand, so each frame's work can be counted. */
function manualFrames() {
  const queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => queue.push(run));
  return async (count = 1) => {
    for (let i = 0; i < count; i++) {
      await Promise.resolve(); // MutationObserver records arrive
      await new Promise((r) => setTimeout(r, 0));
      for (const run of queue.splice(0)) run(0);
    }
  };
}

afterEach(() => vi.unstubAllGlobals());

const story = (id: string, postId: string, created: number) => ({ id, post_id: postId, creation_time: created });

describe('page-world tagging', () => {
  it('reads only the posts a mutation added, and an undated post at most MAX_TRIES times', async () => {
    const frames = manualFrames();
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div id="feed"><div aria-posinset="1" id="old"></div></div>';
    let reads = 0;
    // An undated post whose fiber is read through a counting getter.
    Object.defineProperty(doc.getElementById('old')!, '__reactFiber$a', { enumerable: true, get: () => (reads++, {}) });
    const everyPost = vi.spyOn(doc, 'querySelectorAll');
    install(doc);
    await frames(3 * MAX_TRIES);
    expect(reads).toBe(MAX_TRIES);
    expect(everyPost).toHaveBeenCalledTimes(1); // the first pass only

    const added = doc.createElement('div');
    added.setAttribute('aria-posinset', '2');
    Object.assign(added, { '__reactProps$b': { story: story('s', '777', 1749000000) } });
    doc.getElementById('feed')!.append(added);
    await frames(2);
    expect(added.getAttribute(CREATED_ATTR)).toBe('1749000000');
    expect(added.getAttribute(POST_ID_ATTR)).toBe('777');
    expect(reads).toBe(MAX_TRIES);
    expect(everyPost).toHaveBeenCalledTimes(1);
  });
});

describe('page-world GraphQL reading', () => {
  const body = graphqlBody([pageStory({ postId: '801', created: 1749000000 })], { guard: true });

  it('reads a fetch answer from a copy: the page gets the same answer, and the story is listed', async () => {
    const doc = document.implementation.createHTMLDocument('');
    const fakeWindow = { document: doc, fetch: async () => new Response(body), XMLHttpRequest: undefined } as unknown as Window & typeof globalThis;
    vi.stubGlobal('location', new URL('https://www.facebook.com/LeBistroVolney'));
    watchGraphql(fakeWindow);
    const answer = await fakeWindow.fetch('/api/graphql/', { method: 'POST' });
    expect(await answer.text()).toBe(body);
    await vi.waitFor(() => expect(doc.getElementById(STORIES_ID)?.children).toHaveLength(1));
    const listed = doc.getElementById(STORIES_ID)!.firstElementChild!;
    expect([listed.getAttribute(POST_ID_ATTR), listed.getAttribute(CREATED_ATTR)]).toEqual(['801', '1749000000']);
    // Other requests are not read at all.
    await (await fakeWindow.fetch('/ajax/bz', { method: 'POST' })).text();
    expect(doc.getElementById(STORIES_ID)!.children).toHaveLength(1);
  });

  it("reads an XMLHttpRequest answer after the page's own load handlers, and never throws into the page on one it cannot read", async () => {
    const doc = document.implementation.createHTMLDocument('');
    const loads: (() => void)[] = [];
    class FakeXhr {
      responseType = '';
      responseText = '';
      opened: unknown[] = [];
      open(...args: unknown[]) {
        this.opened = args;
      }
      addEventListener(type: string, listener: () => void) {
        if (type === 'load') loads.push(listener);
      }
    }
    const fakeWindow = { document: doc, fetch: undefined, XMLHttpRequest: FakeXhr } as unknown as Window & typeof globalThis;
    vi.stubGlobal('location', new URL('https://www.facebook.com/LeBistroVolney'));
    watchGraphql(fakeWindow);
    const request = new FakeXhr();
    request.open('POST', '/api/graphql/', true);
    expect(request.opened).toEqual(['POST', '/api/graphql/', true]);
    request.responseText = body;
    for (const load of loads.splice(0)) load();
    // Nothing parsed during the load event: the page's handlers, run after ours, do not wait for it.
    expect(doc.getElementById(STORIES_ID)).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(doc.getElementById(STORIES_ID)?.children).toHaveLength(1);

    const broken = new FakeXhr();
    broken.open('POST', 'https://www.facebook.com/api/graphql/');
    Object.defineProperty(broken, 'responseText', { get: () => { throw new Error('InvalidStateError'); } });
    expect(() => loads.splice(0).forEach((load) => load())).not.toThrow();

    // An answer that is not JSON is parsed later, in its own task, and throws nowhere either.
    const garbled = new FakeXhr();
    garbled.open('POST', '/api/graphql/');
    garbled.responseText = 'for (;;);{"creation_time": 17490';
    loads.splice(0).forEach((load) => load());
    await new Promise((r) => setTimeout(r, 0));
    expect(doc.getElementById(STORIES_ID)?.children).toHaveLength(1);
  });
});
