/**
 * The stories of one GraphQL response body, as the page-world script reads them on the page's own
 * main thread (src/page-world/facebook-graphql.ts): at most a millisecond per 200 kB answer.
 */
import { storiesIn, type StoryFacts } from './facebook-stories';
import { storyPrefix } from './facebook-story-prefix';

/** Facebook prefixes some JSON answers with this, so that a page including them as a script loops. */
const LOOP_GUARD = 'for (;;);';
/** The key each field of a story is read from (the url from an object that also holds a time). */
const FIELD_KEYS = [
  ['createdSeconds', '"creation_time"'],
  ['url', '"url"'],
  ['message', '"message"'],
] as const;
/** The end of a post_id key and the start of its value: `_` is rarer than `"`, so this is found twice as fast. */
const ID_VALUE = '_id":"';

/**
 * The stories of one GraphQL response body: newline-separated JSON documents (the first answer,
 * then streamed parts), each maybe behind the loop guard. A line that is not JSON is skipped (one
 * cut short after a story's own parts still gives that story). Bodies without `creation_time`
 * hold no dated story and are not parsed at all.
 */
export function graphqlStories(body: string): StoryFacts[] {
  if (!body.includes('creation_time')) return [];
  const stories: StoryFacts[] = [];
  // Line by line with indexOf: split copies each line of the answer, 15% of the whole read.
  for (let start = 0, end; start < body.length; start = end + 1) {
    end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.slice(body.startsWith(LOOP_GUARD, start) ? start + LOOP_GUARD.length : start, end);
    if (!line.includes('post_id')) continue;
    try {
      stories.push(...lineStories(line));
    } catch {
      // A truncated or foreign line: the other lines still count.
    }
  }
  return stories;
}

/**
 * A line's stories from its start alone when the rest cannot change them, else from the whole line.
 * That start is read only for a line of one story (every post_id in it the same), whose own time,
 * link and message the start holds or the rest does not: a line of several stories, a share (the
 * shared post's id) or a reel (its video's) is read whole. Every value still comes from parsed
 * objects, by the rules of storiesIn: the text checks only choose how much to parse, and they read
 * JSON as Facebook writes it (no spaces, no escapes in keys): on other JSON a story or a field may
 * be missed, never taken from another story.
 */
function lineStories(line: string): StoryFacts[] {
  const prefix = onePostId(line) ? storyPrefix(line) : undefined;
  if (prefix) {
    try {
      // One post id: at most one story, merged from its copies.
      const [story] = storiesIn(JSON.parse(prefix.json));
      if (story && FIELD_KEYS.every(([field, key]) => story[field] !== undefined || !line.includes(key, prefix.rest))) return [story];
    } catch {
      // Not the JSON we took it for: the whole line decides.
    }
  }
  return storiesIn(JSON.parse(line));
}

/**
 * Whether the line holds post ids and they are all the same. A post id is a string (a post_id of
 * another type is no story's), written as Facebook writes JSON: no space, no escape in the key.
 */
function onePostId(line: string): boolean {
  let only: string | undefined;
  for (let at = line.indexOf(ID_VALUE); at >= 0; at = line.indexOf(ID_VALUE, at + 1)) {
    if (!line.startsWith('"post', at - 5)) continue;
    const value = at + ID_VALUE.length;
    const id = line.slice(value, line.indexOf('"', value));
    if (only !== undefined && id !== only) return false;
    only = id;
  }
  return only !== undefined;
}
