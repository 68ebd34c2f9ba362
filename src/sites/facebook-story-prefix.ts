/**
 * The start of one GraphQL line, closed into JSON of its own. JSON.parse is nearly all the cost of
 * reading an answer, and a story's own time, permalink and message sit in its first 13 kB of 80:
 * the message in comet_sections.content, then comet_sections.context_layout…metadata[0].story,
 * which holds the time, the permalink, a 14 kB label and the story's id, in that order.
 * What is cut is exactly what lies from `rest` on, so that facebook-graphql-body.ts can check
 * there that it changes nothing; what is kept is where the full line has it, every value whole.
 */
import { FOREIGN_KEYS } from './facebook-stories';

const TIME_KEY = 'creation_time';
const [QUOTE, BACKSLASH, COLON, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [...'"\\:{}[]'].map((c) => c.charCodeAt(0));

/**
 * `line` up to the object that holds its first `creation_time` outside foreign subtrees (a shared
 * post's or an attachment's, which come first in a share or a reel); that object with its own keys
 * and values, but null for each object or array it opens after the time (the label); the brackets
 * still open then closed. `rest`: where what this leaves out begins. undefined: no such object.
 */
export function storyPrefix(line: string): { json: string; rest: number } | undefined {
  // A post with no time: nothing to cut after, and no need to look at every character for it.
  if (!line.includes(`"${TIME_KEY}":`)) return undefined;
  // Where each object or array still open began.
  const starts: number[] = [];
  // The depth at which a foreign key's value was opened; the depth and start of the object holding the time.
  let foreignAt = -1;
  let ownerAt = -1;
  let owner = 0;
  let kept = '';
  let keptFrom = 0;
  for (let at = 0; at < line.length; at++) {
    const char = line.charCodeAt(at);
    if (char === QUOTE) {
      const end = closingQuote(line, at);
      if (end < 0) return undefined;
      if (line.charCodeAt(end + 1) === COLON && foreignAt < 0) {
        const value = line.charCodeAt(end + 2);
        if (value === OPEN_OBJECT || value === OPEN_ARRAY) {
          if (ownerAt < 0 && FOREIGN_KEYS.has(line.slice(at + 1, end))) foreignAt = starts.length;
        } else if (ownerAt < 0 && end - at - 1 === TIME_KEY.length && line.startsWith(TIME_KEY, at + 1)) {
          ownerAt = starts.length;
          owner = starts[ownerAt - 1]!;
          keptFrom = owner;
        }
      }
      at = end;
    } else if (char === OPEN_OBJECT || char === OPEN_ARRAY) {
      // A value of the object holding the time, after the time: left out.
      if (starts.length === ownerAt) kept += `${line.slice(keptFrom, at)}null`;
      starts.push(at);
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) {
      starts.pop();
      if (starts.length === foreignAt) foreignAt = -1;
      if (starts.length === ownerAt) keptFrom = at + 1;
      else if (starts.length === ownerAt - 1) {
        const closers = starts.map((start) => (line.charCodeAt(start) === OPEN_OBJECT ? '}' : ']')).reverse();
        return { json: line.slice(0, owner) + kept + line.slice(keptFrom, at + 1) + closers.join(''), rest: owner };
      }
    }
  }
  return undefined;
}

/** The quote that ends the string opened at `open` (one that an odd number of backslashes precede is part of it). */
function closingQuote(text: string, open: number): number {
  let end = open;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return end;
    let before = end;
    while (text.charCodeAt(before - 1) === BACKSLASH) before--;
    if ((end - before) % 2 === 0) return end;
  }
}
