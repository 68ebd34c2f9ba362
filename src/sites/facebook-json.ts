/**
 * Facebook's initial HTML carries the GraphQL answers its React app starts from, in
 * `script[type="application/json"]`: the Page header (profile_social_context: "692 followers")
 * and the first feed units (post_id, creation_time, message). SITES.md, Facebook.
 */
import { clip } from './read';
import { trustedPostId } from './facebook-attributes';
import { isBag, storiesIn, walk, type StoryFacts } from './facebook-stories';

export interface EmbeddedStory extends Omit<StoryFacts, 'message'> {
  /** The message as a post's text is stored (clip), to compare with the posts shown. */
  text?: string;
}

export interface EmbeddedPage {
  header?: { name?: string; followersText?: string };
  stories: EmbeddedStory[];
  pinnedPostId?: string;
}

const SCRIPTS = 'script[type="application/json"]';
const KEYS = ['profile_social_context', 'post_id', 'profile_pinned_post'];

type Bag = Record<string, unknown>;
/** A vanity Page's followers tab, or a profile.php Page's ("profile.php?id=…&sk=followers"). */
const FOLLOWERS_URI = /\/followers|[?&]sk=followers/;

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
    if (found.pinnedPostId === undefined && isBag(node.profile_pinned_post)) {
      found.pinnedPostId = trustedPostId(node.profile_pinned_post.post_id);
    }
  });
  // Every story in the script is one of the Page's posts, drawn yet or not (SITES.md, Facebook).
  if (text.includes('post_id')) found.stories = storiesIn(root).map(embeddedStory);
  return found;
}

function readHeader(user: Bag): EmbeddedPage['header'] {
  const context = user.profile_social_context as Bag;
  const content = Array.isArray(context.content) ? context.content : [];
  const followers = content.find((entry) => isBag(entry) && FOLLOWERS_URI.test(String(entry.uri ?? '')));
  const text = isBag(followers) && isBag(followers.text) ? followers.text.text : undefined;
  return {
    name: typeof user.name === 'string' ? user.name : undefined,
    followersText: typeof text === 'string' ? text : undefined,
  };
}

/** A story as the adapter compares it with the posts shown: its message clipped as a post's text is. */
export function embeddedStory(facts: StoryFacts): EmbeddedStory {
  const { message, ...rest } = facts;
  const text = clip(message);
  return text === undefined ? rest : { ...rest, text };
}
