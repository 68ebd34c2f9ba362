/**
 * Runs in Facebook's own JS world (manifest `"world": "MAIN"`): post dates are hidden from the
 * DOM on purpose, but React keeps each post's story — its `creation_time` and `post_id` — on the
 * post element's fiber. This script copies them onto the element as data attributes that the
 * content script reads. The build inlines what it imports (the MAIN world has no extension APIs to
 * load chunks with), so it imports only small pure modules; it must never throw into the page.
 * Its entry is facebook.ts.
 */
import { CREATED_ATTR, POST_CONTAINERS, POST_ID_ATTR, trustedPostId } from '../sites/facebook-attributes';
import { postElements } from '../sites/post-elements';

export { CREATED_ATTR, POST_ID_ATTR };
/** Fibers climbed from the post element to the feed unit component holding the story. */
const MAX_FIBER_STEPS = 40;
/** Depth searched inside a story object: the time sits a few levels down (comet_sections…). */
const MAX_STORY_DEPTH = 6;
/** A shared post is nested inside; its time is not the page's post time. */
const FOREIGN_KEYS = new Set(['attached_story', 'attachments', 'attached_story_layout', 'all_subattachments']);

export interface PostFacts {
  created?: number;
  postId?: string;
}

type Bag = Record<string, unknown>;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;

/** Reads the post's own story from the React fiber behind `el`; {} when there is none. */
export function readPostFacts(el: Element): PostFacts {
  try {
    let fiber = expando(el, '__reactFiber$');
    const props = expando(el, '__reactProps$');
    const direct = isBag(props) ? storyFacts(props.story) : {};
    if (direct.created !== undefined) return direct;
    for (let step = 0; step < MAX_FIBER_STEPS && isBag(fiber); step++) {
      const memo = fiber.memoizedProps;
      if (isBag(memo)) {
        const facts = storyFacts(memo.story);
        if (facts.created !== undefined || facts.postId !== undefined) return facts;
      }
      fiber = fiber.return;
    }
  } catch {
    // A getter on a page object may throw; the post simply stays undated.
  }
  return {};
}

function expando(el: Element, prefix: string): unknown {
  const key = Object.keys(el).find((name) => name.startsWith(prefix));
  return key === undefined ? undefined : (el as unknown as Bag)[key];
}

function storyFacts(story: unknown): PostFacts {
  if (!isBag(story)) return {};
  const facts: PostFacts = {};
  const postId = trustedPostId(story.post_id);
  if (postId) facts.postId = postId;
  const created = findOwnTime(story, typeof story.id === 'string' ? story.id : undefined, 0);
  if (created !== undefined) facts.created = created;
  return facts;
}

/** creation_time of the story itself: on it, or on a nested object naming the same story id. */
function findOwnTime(node: Bag, storyId: string | undefined, depth: number): number | undefined {
  const time = node.creation_time;
  const sameStory = depth === 0 || (storyId !== undefined && node.id === storyId);
  if (sameStory && typeof time === 'number' && Number.isFinite(time)) return time;
  if (depth >= MAX_STORY_DEPTH) return undefined;
  for (const key of Object.keys(node)) {
    if (FOREIGN_KEYS.has(key)) continue;
    const child = node[key];
    if (!isBag(child)) continue;
    const found = findOwnTime(child, storyId, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Frames an undated post is read again: its fiber may not hold the story yet, and may never. */
export const MAX_TRIES = 5;

/**
 * Writes the facts of each post (every post under `root`, or with `roots` those in or around
 * them) that has no time yet. Returns the posts still undated, to be tried again.
 */
export function tagPosts(root: Document, roots?: Iterable<Node>): Element[] {
  const undated: Element[] = [];
  try {
    for (const el of postElements(root, POST_CONTAINERS, roots)) if (!tagPost(el)) undated.push(el);
  } catch {
    // Never let our bookkeeping break the page.
  }
  return undated;
}

/** Whether the post now has its time. */
function tagPost(el: Element): boolean {
  if (el.hasAttribute(CREATED_ATTR)) return true;
  const facts = readPostFacts(el);
  if (facts.postId !== undefined && !el.hasAttribute(POST_ID_ATTR)) el.setAttribute(POST_ID_ATTR, facts.postId);
  if (facts.created === undefined) return false;
  el.setAttribute(CREATED_ATTR, String(facts.created));
  return true;
}

/**
 * Tags every post now, then once per animation frame the posts the DOM changes added (work in
 * proportion to what was added, not to the page), plus each undated post again for at most
 * MAX_TRIES frames.
 */
export function install(doc: Document): void {
  let pending = false;
  let added: Node[] | 'all' = 'all';
  const tries = new Map<Element, number>();
  const run = () => {
    pending = false;
    const roots = added;
    added = [];
    try {
      const undated = tagPosts(doc, roots === 'all' ? undefined : roots);
      for (const [el, count] of tries) {
        if (!el.isConnected || tagPost(el) || count + 1 >= MAX_TRIES) tries.delete(el);
        else tries.set(el, count + 1);
      }
      for (const el of undated) if (!tries.has(el)) tries.set(el, 1);
    } catch {
      // Never let our bookkeeping break the page.
    }
    if (tries.size > 0) schedule();
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(run);
  };
  new MutationObserver((records) => {
    if (added !== 'all') for (const record of records) for (const node of record.addedNodes) added.push(node);
    schedule();
  }).observe(doc, { childList: true, subtree: true });
  schedule();
}
