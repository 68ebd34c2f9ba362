// The date parser for content scripts that leave it out (content/worker-texts.ts): the worker
// loads its locale tables once, not each page.
import { parseTimestamp } from '../parse/time';
import type { PostDate } from '../sites/types';

export function readDates(texts: readonly string[], locale: string, now: number): (PostDate | null)[] {
  const at = new Date(now);
  return texts.map((text) => {
    const parsed = parseTimestamp(text, locale, at);
    return parsed ? { publishedAt: parsed.at, precision: parsed.precision } : null;
  });
}
