/**
 * Runs in Facebook's own JS world (manifest `"world": "MAIN"`): post dates are hidden from the
 * DOM on purpose, but React keeps each post's story — its `creation_time` and `post_id` — on the
 * post element's fiber. This script copies them onto the element as data attributes that the
 * content script reads. It must stay self-contained (no imports of extension code: the MAIN world
 * has no extension APIs to load chunks with; the build inlines it) and must never throw into the
 * page. Its entry is facebook.ts.
 */

export const CREATED_ATTR = 'data-animateur-created';
export const POST_ID_ATTR = 'data-animateur-post-id';

/** The same containers the adapter reads (src/sites/facebook.ts SELECT.post). */
const POST = '[aria-posinset], [role="article"], [aria-labelledby][aria-describedby]';
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
  if (typeof story.post_id === 'string' && /^\d{1,25}$/.test(story.post_id)) facts.postId = story.post_id;
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

/** Writes the facts of every post under `root` that is not tagged yet. */
export function tagPosts(root: ParentNode): void {
  try {
    for (const el of root.querySelectorAll(POST)) {
      // Untimed posts are retried: their fiber may not hold the story yet.
      if (el.hasAttribute(CREATED_ATTR)) continue;
      const facts = readPostFacts(el);
      if (facts.created !== undefined) el.setAttribute(CREATED_ATTR, String(facts.created));
      if (facts.postId !== undefined && !el.hasAttribute(POST_ID_ATTR)) el.setAttribute(POST_ID_ATTR, facts.postId);
    }
  } catch {
    // Never let our bookkeeping break the page.
  }
}

/** Tags now, then once per animation frame after DOM changes (Facebook mutates constantly). */
export function install(doc: Document): void {
  let pending = false;
  const run = () => {
    pending = false;
    tagPosts(doc);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(run);
  };
  new MutationObserver(schedule).observe(doc, { childList: true, subtree: true });
  schedule();
}

