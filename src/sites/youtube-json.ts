/**
 * A YouTube page's own JSON: `var ytInitialData = {…}` (the data its app renders from) and the
 * ytcfg settings (`"hl":"es"`, the interface language). Read only when the page does not draw what
 * we need: a channel header not rendered yet, an <html> without lang. Shapes: iv-org/invidious
 * src/invidious/channels/about.cr (metadata.channelMetadataRenderer title/externalId,
 * header.c4TabbedHeaderRenderer.subscriberCountText.simpleText) and the real capture
 * (header.pageHeaderRenderer … metadataRows[].metadataParts[].text.content, vanityChannelUrl).
 */

/** What the page's JSON says about the channel it was served for. */
export interface ChannelJson {
  /** "UC…", as YouTube writes it (case matters). */
  id?: string;
  /** The @handle without "@", as the vanity URL writes it. */
  handle?: string;
  name?: string;
  /** The header's texts, as the rendered header shows them: "@handle", "1.2M subscribers", "232 videos". */
  metadata: string[];
  /** The JSON's text: a legacy /c/ or /user/ address is found in it, or not. */
  text: string;
}

const INITIAL_DATA = 'ytInitialData';
const LANGUAGE = /"(?:hl|HL)":"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"/;

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;

/** A script's text never changes once in the page: read each one once, however often we observe. */
const parsed = new WeakMap<Element, ChannelJson | null>();
const languages = new WeakMap<Element, string | null>();

function inlineScripts(doc: Document): HTMLScriptElement[] {
  return [...doc.querySelectorAll<HTMLScriptElement>('script:not([src])')];
}

/** The channel the page's ytInitialData describes; null when there is none or it is not a channel's. */
export function channelJson(doc: Document): ChannelJson | null {
  for (const script of inlineScripts(doc)) {
    if (!parsed.has(script)) {
      const text = script.textContent ?? '';
      parsed.set(script, text.includes(INITIAL_DATA) ? readInitialData(text) : null);
    }
    const found = parsed.get(script);
    if (found) return found;
  }
  return null;
}

/** The interface language the page's settings name (ytcfg's "hl"), as a BCP 47 tag. */
export function jsonLanguage(doc: Document): string | undefined {
  for (const script of inlineScripts(doc)) {
    if (!languages.has(script)) languages.set(script, LANGUAGE.exec(script.textContent ?? '')?.[1]?.replace('_', '-') ?? null);
    const found = languages.get(script);
    if (found) return found;
  }
  return undefined;
}

function readInitialData(text: string): ChannelJson | null {
  const start = text.indexOf('{', text.indexOf(INITIAL_DATA));
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
  if (!isBag(data)) return null;
  const channel = dig(data, 'metadata', 'channelMetadataRenderer');
  const header = dig(data, 'header');
  if (!isBag(channel) && !isBag(header)) return null;
  const vanity = stringAt(channel, 'vanityChannelUrl');
  return {
    id: stringAt(channel, 'externalId') ?? stringAt(dig(header, 'c4TabbedHeaderRenderer'), 'channelId'),
    handle: decoded(vanity?.match(/\/@([^/?#]+)/)?.[1]),
    name: stringAt(channel, 'title'),
    metadata: headerTexts(header),
    text: text.slice(start, end + 1),
  };
}

/** The older header names its parts; the newer one lists them in rows, as it draws them. */
function headerTexts(header: unknown): string[] {
  const c4 = dig(header, 'c4TabbedHeaderRenderer');
  if (isBag(c4)) return [textOf(c4.channelHandleText), textOf(c4.subscriberCountText)].filter((t): t is string => !!t);
  const rows = dig(header, 'pageHeaderRenderer', 'content', 'pageHeaderViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows');
  if (!Array.isArray(rows)) return [];
  return rows
    .flatMap((row) => (isBag(row) && Array.isArray(row.metadataParts) ? row.metadataParts : []))
    .map((part) => stringAt(dig(part, 'text'), 'content'))
    .filter((t): t is string => !!t);
}

/** YouTube's formatted text: { simpleText } or { runs: [{ text }…] }. */
function textOf(value: unknown): string | undefined {
  if (!isBag(value)) return undefined;
  if (typeof value.simpleText === 'string') return value.simpleText;
  if (!Array.isArray(value.runs)) return undefined;
  return value.runs.map((run) => stringAt(run, 'text') ?? '').join('') || undefined;
}

/** A handle with letters beyond ASCII comes percent-encoded in the vanity URL ("@caf%C3%A9"). */
function decoded(segment: string | undefined): string | undefined {
  try {
    return segment && decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function dig(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => (isBag(node) ? node[key] : undefined), value);
}

function stringAt(value: unknown, key: string): string | undefined {
  const found = isBag(value) ? value[key] : undefined;
  return typeof found === 'string' && found ? found : undefined;
}
