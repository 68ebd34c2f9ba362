/**
 * The most posts one observation message may carry: the worker refuses more, and senders split
 * longer timelines into parts. Its own module, so the content script's pure code can use it
 * without loading the extension APIs that messages.ts needs.
 */
export const MAX_POSTS_PER_MESSAGE = 500;

/** The longest locale tag a message may name: a BCP 47 tag is far shorter; the parsers' per-locale caches stay small. */
export const MAX_LOCALE = 35;
/** The longest text the date parser reads (a longer one is a sentence that merely holds a date). */
export const MAX_DATE_TEXT = 200;
/** The most texts one 'read-dates' or 'read-counts' request may carry: senders split longer lists. */
export const MAX_TEXTS_PER_MESSAGE = 2000;
/** The longest text the count parser reads (parse/count.ts refuses longer ones too). */
export const MAX_COUNT_TEXT = 300;
