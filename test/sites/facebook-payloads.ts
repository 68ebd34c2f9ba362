/**
 * Facebook story payloads for tests and the bench, built from the one story of the real capture
 * (test/fixtures/facebook/page-visitor-fr.html, timeline_list_feed_units.edges[0].node): the same
 * shape with another post id, time and message, and the variants a Page's timeline holds (a
 * shared post, a reel, an event, a post with no time), as GraphQL answers carry them.
 */

type Bag = Record<string, unknown>;

export const REAL = {
  postId: '1231217728697135',
  created: 1749548120,
  message: 'Comme me disait Georges encore récemment, what else ?',
};

/** The embedded JSON scripts of a page's HTML that hold a story, as text. */
export function storyScripts(html: string): string[] {
  return [...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((text) => text.includes('post_id'));
}

/** Where the real story is read from: the capture's scripts (set by capture-payloads.ts in Node, by the bench in Chromium). */
let source: () => string[] = () => {
  throw new Error('no capture to build Facebook payloads from: import capture-payloads.ts, or call useStoryScripts');
};
export function useStoryScripts(scripts: () => string[]): void {
  source = scripts;
  realNode = undefined;
}

let realNode: Bag | undefined;
/** The real story node, parsed once. */
function realStory(): Bag {
  if (realNode) return realNode;
  const find = (node: unknown): Bag | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    if (!Array.isArray(node) && (node as Bag).__typename === 'Story' && (node as Bag).post_id) return node as Bag;
    for (const value of Object.values(node)) {
      const found = find(value);
      if (found) return found;
    }
    return undefined;
  };
  for (const script of source()) realNode ??= find(JSON.parse(script));
  if (!realNode) throw new Error('the capture no longer holds its story');
  return realNode;
}

export interface StorySpec {
  postId: string;
  /** epoch seconds; null: a story with no time at all */
  created: number | null;
  message?: string;
}

/** The real story as another post of the same Page: its ids, time and message replaced everywhere. */
export function pageStory(spec: StorySpec): Bag {
  const real = realStory();
  const storyId = String(real.id);
  let text = JSON.stringify(real)
    .split(REAL.postId).join(spec.postId)
    .split(storyId).join(`S:${spec.postId}`)
    .split(JSON.stringify(REAL.message).slice(1, -1)).join(JSON.stringify(spec.message ?? `Post ${spec.postId}`).slice(1, -1));
  text = spec.created === null ? text.split(`"creation_time":${REAL.created},`).join('') : text.split(String(REAL.created)).join(String(spec.created));
  return JSON.parse(text) as Bag;
}

/** The Page shares another Page's post: the shared story (its own id and time) sits in attached_story. */
export function sharedStory(spec: StorySpec, shared: StorySpec): Bag {
  const story = pageStory(spec);
  const attached = pageStory(shared);
  story.attached_story = attached;
  ((story.comet_sections as Bag).content as Bag & { story: Bag }).story.attached_story = attached;
  return story;
}

/** A reel: the video attachment carries its own times (upload, publish), not the post's. */
export function reelStory(spec: StorySpec, videoCreated: number): Bag {
  const story = pageStory(spec);
  const attachments = [{ style_list: ['video_inline'], media: { __typename: 'Video', id: `V${spec.postId}`, creation_time: videoCreated, publish_time: videoCreated, post_id: `9${spec.postId}` } }];
  story.attachments = attachments;
  ((story.comet_sections as Bag).content as Bag & { story: Bag }).story.attachments = attachments;
  return story;
}

/** An event shared as a post: the event's own creation and start times are not the post's. */
export function eventStory(spec: StorySpec, eventCreated: number): Bag {
  const story = pageStory(spec);
  const attachments = [{ style_list: ['event'], target: { __typename: 'Event', id: `E${spec.postId}`, creation_time: eventCreated, start_timestamp: eventCreated + 86_400 } }];
  story.attachments = attachments;
  ((story.comet_sections as Bag).content as Bag & { story: Bag }).story.attachments = attachments;
  return story;
}

/**
 * A GraphQL answer as Facebook streams a timeline page: the first edge in `data`, each later one
 * a line of its own, newline-separated, optionally behind the `for (;;);` guard.
 */
export function graphqlBody(stories: Bag[], options: { guard?: boolean } = {}): string {
  const [first, ...rest] = stories;
  const lines = [
    JSON.stringify({ data: { node: { __typename: 'Page', timeline_list_feed_units: { edges: first ? [{ node: first, cursor: 'c0' }] : [] } } }, extensions: { is_final: false } }),
    ...rest.map((node, i) =>
      JSON.stringify({ label: 'ProfileCometTimelineFeed_user$stream$ProfileCometTimelineFeed_user_timeline_list_feed_units', path: ['node', 'timeline_list_feed_units', 'edges', i + 1], data: { node, cursor: `c${i + 1}` } }),
    ),
    JSON.stringify({ label: 'ProfileCometTimelineFeed_user$defer$ProfileCometTimelineFeed_user_timeline_list_feed_units$page_info', data: { page_info: { has_next_page: true } } }),
  ];
  return lines.map((line) => (options.guard ? `for (;;);${line}` : line)).join('\n');
}
