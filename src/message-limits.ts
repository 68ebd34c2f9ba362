/**
 * The most posts one observation message may carry: the worker refuses more, and senders split
 * longer timelines into parts. Its own module, so the content script's pure code can use it
 * without loading the extension APIs that messages.ts needs.
 */
export const MAX_POSTS_PER_MESSAGE = 500;
