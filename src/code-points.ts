const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The text's first `max` characters, counted as code points so that an emoji is never cut in
 * half; the text itself when it is no longer. What the adapters store and what the worker
 * accepts are both measured this way.
 */
export function firstCodePoints(text: string, max: number): string {
  // Within the limit in UTF-16 units is within it in characters: no need to count them.
  if (text.length <= max) return text;
  // Without surrogate pairs a unit is a character: cut without splitting the text into an array.
  if (!SURROGATE.test(text)) return text.slice(0, max);
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** The text's length in characters (code points): an emoji counts one, as firstCodePoints cuts. */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}
