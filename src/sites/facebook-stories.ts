/**
 * Facebook's stories as its GraphQL data carries them, wherever that data is found: the embedded
 * JSON of the initial HTML (facebook-json.ts) and the GraphQL responses of a scroll, read in the
 * page's own world (src/page-world/facebook-graphql.ts, through facebook-graphql-body.ts). A story is any
 * object with a numeric `post_id`; its time is the `creation_time` of an object of the same story
 * (same `id`: comet_sections.timestamp.story, …metadata[].story) — never of a shared or attached
 * story, whose subtrees are left out entirely (their post is not the Page's).
 */
import { trustedPostId } from './facebook-attributes';

export interface StoryFacts {
  postId: string;
  /** epoch seconds, the story's own (never its shared story's) */
  createdSeconds?: number;
  url?: string;
  /** The story's message as written (not clipped: the page-world script has no clip). */
  message?: string;
}

/** These payloads nest about 30 levels; beyond this it is not the shape we know. */
const MAX_DEPTH = 64;
/** A shared post, an event or a link sits under these keys of the Page's story; its time is not the Page's. */
export const FOREIGN_KEYS = new Set(['attached_story', 'attachments', 'all_subattachments', 'attached_story_layout']);

type Bag = Record<string, unknown>;
export const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;

/**
 * Every story under `root`, once per post id (a story repeats its post_id in its feedback and
 * content sections: what each copy says is merged, the first value of each field kept).
 */
export function storiesIn(root: unknown): StoryFacts[] {
  const byId = new Map<string, StoryFacts>();
  walk(root, 0, (node) => {
    const postId = trustedPostId(node.post_id);
    if (postId === undefined) return;
    const story = readStory(node, postId);
    const known = byId.get(postId);
    if (!known) byId.set(postId, story);
    else {
      known.createdSeconds ??= story.createdSeconds;
      known.url ??= story.url;
      known.message ??= story.message;
    }
    // Its own parts were just read; what else it holds repeats this post or is a foreign one.
    return false;
  });
  return [...byId.values()];
}

/**
 * Visits every object under `node` outside foreign subtrees (a shared post's), parents before
 * children; a visit that returns false keeps the walk out of that object's children.
 */
export function walk(node: unknown, depth: number, visit: (node: Bag) => boolean | void): void {
  if (depth > MAX_DEPTH || !isBag(node)) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, depth + 1, visit);
    return;
  }
  if (visit(node) === false) return;
  for (const key of Object.keys(node)) if (!FOREIGN_KEYS.has(key)) walk(node[key], depth + 1, visit);
}

function readStory(node: Bag, postId: string): StoryFacts {
  const storyId = typeof node.id === 'string' ? node.id : undefined;
  const story: StoryFacts = { postId };
  // The story's own parts repeat its id; a shared story carries another one. Each field keeps its
  // first value, so once all three are found the rest of the story (most of its 80 kB) is not looked at.
  walk(node, 0, (part) => {
    if (story.createdSeconds !== undefined && story.url !== undefined && story.message !== undefined) return false;
    if (part !== node && (storyId === undefined || part.id !== storyId)) return;
    if (story.createdSeconds === undefined && isSeconds(part.creation_time)) story.createdSeconds = part.creation_time;
    if (story.url === undefined && typeof part.url === 'string' && part.creation_time !== undefined) story.url = part.url;
    if (story.message === undefined && isBag(part.message) && typeof part.message.text === 'string') story.message = part.message.text;
  });
  return story;
}

// Number.isInteger is false for anything but a number.
const isSeconds = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
