/**
 * What the page-world scripts (src/page-world/) write into the page for the content script to
 * read: on post elements, the post's time and id from React; in one hidden list, the stories of
 * Facebook's GraphQL responses. Anything in the page can write these too, so each value is
 * checked before use. The page-world bundle inlines this file.
 */
export const CREATED_ATTR = 'data-animateur-created';
export const POST_ID_ATTR = 'data-animateur-post-id';
/** The hidden element under <html> whose children are the stories read from GraphQL responses. */
export const STORIES_ID = 'animateur-stories';
/** On a story child: its permalink and message, besides CREATED_ATTR and POST_ID_ATTR. */
export const STORY_URL_ATTR = 'data-animateur-url';
export const STORY_TEXT_ATTR = 'data-animateur-text';

/** Post containers, as both the adapter and the page-world script find them (SITES.md, Facebook). */
export const POST_CONTAINERS = '[aria-posinset], [role="article"], [aria-labelledby][aria-describedby]';

/** Facebook opened in February 2004; nothing on it is older. */
const EARLIEST_SECONDS = Date.UTC(2004, 1, 1) / 1000;
const DAY_SECONDS = 86_400;

/** Epoch seconds, when the attribute is a plain integer between 2004 and tomorrow. */
export function trustedCreated(value: string | null, now: Date): number | undefined {
  if (value === null || !/^\d{1,12}$/.test(value)) return undefined;
  const seconds = Number(value);
  const latest = now.getTime() / 1000 + DAY_SECONDS;
  return seconds >= EARLIEST_SECONDS && seconds <= latest ? seconds : undefined;
}

/** A numeric post id, as Facebook's story objects, attributes and photo links carry it: the one rule of all its readers. */
export function trustedPostId(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{1,25}$/.test(value) ? value : undefined;
}
