/**
 * The stories the page-world script listed from Facebook's GraphQL answers
 * (src/page-world/facebook-graphql.ts), read back in the content script. The list sits in the
 * page, where anything can write: each value is checked as the post attributes are.
 */
import { clip } from './read';
import { CREATED_ATTR, POST_ID_ATTR, STORIES_ID, STORY_TEXT_ATTR, STORY_URL_ATTR, trustedCreated, trustedPostId } from './facebook-attributes';
import type { EmbeddedStory } from './facebook-json';

/** The list is bounded by what a long scroll loads; past this it is not ours. */
const MAX_STORIES = 5000;

/** One story object per list child, so that a post keeps the story it was matched to across reads. */
const read = new WeakMap<Element, EmbeddedStory | null>();

export function graphqlStoriesOf(doc: Document, now: Date): EmbeddedStory[] {
  // By id: a lookup, not a walk of the document, on every batch of a scroll.
  const list = doc.getElementById(STORIES_ID);
  if (!list) return [];
  const stories: EmbeddedStory[] = [];
  for (const child of [...list.children].slice(0, MAX_STORIES)) {
    let story = read.get(child);
    if (story === undefined) {
      story = storyOf(child, now);
      read.set(child, story);
    }
    if (story) stories.push(story);
  }
  return stories;
}

function storyOf(child: Element, now: Date): EmbeddedStory | null {
  const postId = trustedPostId(child.getAttribute(POST_ID_ATTR));
  if (!postId) return null;
  const story: EmbeddedStory = { postId };
  const created = trustedCreated(child.getAttribute(CREATED_ATTR), now);
  if (created !== undefined) story.createdSeconds = created;
  const url = cleanFacebookUrl(child.getAttribute(STORY_URL_ATTR));
  if (url) story.url = url;
  const text = clip(child.getAttribute(STORY_TEXT_ATTR));
  if (text) story.text = text;
  return story;
}

/** Only a link to Facebook itself is kept as a post's address. */
function cleanFacebookUrl(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && /(^|\.)facebook\.com$/.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
