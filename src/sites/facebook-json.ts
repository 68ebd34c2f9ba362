/**
 * Facebook's initial HTML carries the GraphQL answers its React app starts from, in
 * `script[type="application/json"]`: the Page header (profile_social_context: "692 followers")
 * and the first feed units (post_id, creation_time, message). SITES.md, Facebook.
 */
import { clip } from './read';

export interface EmbeddedStory {
  postId?: string;
  /** epoch seconds, the story's own (never its shared story's) */
  createdSeconds?: number;
  url?: string;
  /** The message as a post's text is stored (clip), to compare with the posts shown. */
  text?: string;
}

export interface EmbeddedPage {
  header?: { name?: string; followersText?: string };
  stories: EmbeddedStory[];
  pinnedPostId?: string;
}

const SCRIPTS = 'script[type="application/json"]';
const KEYS = ['profile_social_context', 'timeline_list_feed_units', 'profile_pinned_post'];
/** These payloads nest about 30 levels; beyond this it is not the shape we know. */
const MAX_DEPTH = 64;
/** A shared post sits under these keys of the Page's story; its time is not the Page's. */
const FOREIGN_KEYS = new Set(['attached_story', 'attachments', 'all_subattachments']);

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;

/** Scripts never change once in the page: parse each one once, however often we observe. */
const parsed = new WeakMap<Element, Partial<EmbeddedPage>>();

/** What the last full look through each document's scripts found. */
const lastFound = new WeakMap<Document, EmbeddedPage>();

/**
 * The document's embedded JSON: looked for again when `rescan` (a full read), else what the last
 * look found: finding the scripts walks the whole document, however few posts a batch added.
 */
export function embeddedJsonOf(doc: Document, rescan: boolean): EmbeddedPage {
  const known = rescan ? undefined : lastFound.get(doc);
  if (known) return known;
  const page = readEmbeddedJson(doc);
  lastFound.set(doc, page);
  return page;
}

function readEmbeddedJson(doc: Document): EmbeddedPage {
  const page: EmbeddedPage = { stories: [] };
  for (const script of doc.querySelectorAll(SCRIPTS)) {
    let found = parsed.get(script);
    if (!found) {
      found = readScript(script.textContent ?? '');
      parsed.set(script, found);
    }
    page.header ??= found.header;
    page.pinnedPostId ??= found.pinnedPostId;
    page.stories.push(...(found.stories ?? []));
  }
  return page;
}

function readScript(text: string): Partial<EmbeddedPage> {
  if (!KEYS.some((key) => text.includes(key))) return {};
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return {};
  }
  const found: Partial<EmbeddedPage> = {};
  walk(root, 0, (node) => {
    if (!found.header && isBag(node.profile_social_context)) found.header = readHeader(node);
    if (isBag(node.timeline_list_feed_units)) found.stories = [...(found.stories ?? []), ...readFeed(node.timeline_list_feed_units)];
    if (found.pinnedPostId === undefined && isBag(node.profile_pinned_post)) {
      found.pinnedPostId = idOf(node.profile_pinned_post.post_id);
    }
  });
  return found;
}

function walk(node: unknown, depth: number, visit: (node: Bag) => void): void {
  if (depth > MAX_DEPTH || !isBag(node)) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, depth + 1, visit);
    return;
  }
  visit(node);
  for (const key of Object.keys(node)) walk(node[key], depth + 1, visit);
}

function readHeader(user: Bag): EmbeddedPage['header'] {
  const context = user.profile_social_context as Bag;
  const content = Array.isArray(context.content) ? context.content : [];
  const followers = content.find((entry) => isBag(entry) && String(entry.uri ?? '').includes('/followers'));
  const text = isBag(followers) && isBag(followers.text) ? followers.text.text : undefined;
  return {
    name: typeof user.name === 'string' ? user.name : undefined,
    followersText: typeof text === 'string' ? text : undefined,
  };
}

function readFeed(units: Bag): EmbeddedStory[] {
  const edges = Array.isArray(units.edges) ? units.edges : [];
  return edges
    .map((edge) => (isBag(edge) && isBag(edge.node) ? readStory(edge.node) : undefined))
    .filter((story): story is EmbeddedStory => story !== undefined);
}

function readStory(node: Bag): EmbeddedStory | undefined {
  const storyId = typeof node.id === 'string' ? node.id : undefined;
  const story: EmbeddedStory = { postId: idOf(node.post_id) };
  let message: string | undefined;
  // The story's own parts repeat its id; a shared story carries another one.
  ownParts(node, storyId, 0, (part) => {
    if (story.createdSeconds === undefined && typeof part.creation_time === 'number') story.createdSeconds = part.creation_time;
    if (story.url === undefined && typeof part.url === 'string' && part.creation_time !== undefined) story.url = part.url;
    if (message === undefined && isBag(part.message) && typeof part.message.text === 'string') message = part.message.text;
  });
  // Clipped here, once per script: every post of every batch is compared with every story.
  const text = clip(message);
  if (text !== undefined) story.text = text;
  return story.postId || story.createdSeconds !== undefined ? story : undefined;
}

function ownParts(node: unknown, storyId: string | undefined, depth: number, visit: (part: Bag) => void): void {
  if (depth > MAX_DEPTH || !isBag(node)) return;
  if (Array.isArray(node)) {
    for (const item of node) ownParts(item, storyId, depth + 1, visit);
    return;
  }
  if (depth === 0 || (storyId !== undefined && node.id === storyId)) visit(node);
  for (const key of Object.keys(node)) if (!FOREIGN_KEYS.has(key)) ownParts(node[key], storyId, depth + 1, visit);
}

function idOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{1,25}$/.test(value) ? value : undefined;
}
