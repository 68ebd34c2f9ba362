/**
 * Runs in Facebook's own JS world with facebook-times.ts. As the admin scrolls, Facebook loads
 * later posts through its GraphQL endpoint (XHR or fetch to /api/graphql/); the stories in those
 * answers carry each post's id and creation_time before React draws the post, and whether or not
 * its fiber can be read. This script reads a copy of each answer — the page's own request is not
 * changed, delayed or made to fail, and nothing here throws into the page — and lists the stories
 * in a hidden element that the content script reads and checks like the post attributes.
 */
import { CREATED_ATTR, POST_ID_ATTR, STORIES_ID, STORY_TEXT_ATTR, STORY_URL_ATTR } from '../sites/facebook-attributes';
import { graphqlStories } from '../sites/facebook-graphql-body';
import type { StoryFacts } from '../sites/facebook-stories';

const GRAPHQL_PATH = '/api/graphql/';
/** A message is compared as a post's first 280 characters; a little more is enough to carry. */
const MAX_TEXT = 1000;

function isGraphql(url: string | URL | undefined): boolean {
  try {
    return url !== undefined && new URL(String(url), location.href).pathname === GRAPHQL_PATH;
  } catch {
    return false;
  }
}

/** Lists the stories of one answer: one child per post id, its time filled in when a later answer has it. */
export function listStories(doc: Document, body: string): void {
  let stories: StoryFacts[];
  try {
    stories = graphqlStories(body);
  } catch {
    return;
  }
  if (stories.length === 0) return;
  let list = doc.getElementById(STORIES_ID);
  if (!list) {
    list = doc.createElement('animateur-stories');
    list.id = STORIES_ID;
    list.hidden = true;
    doc.documentElement.append(list);
  }
  const known = new Map<string, Element>();
  for (const child of list.children) known.set(child.getAttribute(POST_ID_ATTR) ?? '', child);
  for (const story of stories) {
    const child = known.get(story.postId);
    if (child?.hasAttribute(CREATED_ATTR) || (child && story.createdSeconds === undefined)) continue;
    // Replaced, not edited: the content script reads added nodes, not attribute changes here.
    const next = doc.createElement('animateur-story');
    next.setAttribute(POST_ID_ATTR, story.postId);
    if (story.createdSeconds !== undefined) next.setAttribute(CREATED_ATTR, String(story.createdSeconds));
    if (story.url !== undefined) next.setAttribute(STORY_URL_ATTR, story.url);
    if (story.message !== undefined) next.setAttribute(STORY_TEXT_ATTR, story.message.slice(0, MAX_TEXT));
    if (child) child.replaceWith(next);
    else list.append(next);
    known.set(story.postId, next);
  }
}

/** Reads the page's GraphQL answers from now on, through fetch and XMLHttpRequest. */
export function watchGraphql(win: Window & typeof globalThis): void {
  const doc = win.document;
  const read = (body: string) => {
    try {
      listStories(doc, body);
    } catch {
      // An answer we cannot read stays the page's alone.
    }
  };

  const fetch = win.fetch;
  if (typeof fetch === 'function') {
    win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const answer = fetch.apply(this, args);
      try {
        const target = args[0];
        const url = typeof target === 'string' || target instanceof URL ? target : target?.url;
        if (isGraphql(url)) {
          answer.then((response) => response.clone().text().then(read), () => undefined).catch(() => undefined);
        }
      } catch {
        // The page's request goes on as if we were not here.
      }
      return answer;
    } as typeof fetch;
  }

  const xhr = win.XMLHttpRequest?.prototype;
  if (!xhr) return;
  const open = xhr.open;
  const graphqlRequests = new WeakSet<XMLHttpRequest>();
  xhr.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      if (isGraphql(args[1] as string | URL) && !graphqlRequests.has(this)) {
        graphqlRequests.add(this);
        this.addEventListener('load', () => {
          try {
            // Only text answers have a responseText to read; reading it changes nothing for the page.
            // Parsed in a task of its own: our listener, added at open(), runs before the page's own,
            // which must not wait for it.
            if (this.responseType === '' || this.responseType === 'text') setTimeout(read, 0, this.responseText);
          } catch {
            // responseText can throw (a request torn down): the answer stays the page's alone.
          }
        });
      }
    } catch {
      // As above: the page's request is never ours to break.
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as typeof xhr.open;
}
