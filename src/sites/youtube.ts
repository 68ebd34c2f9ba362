import type { ObservedPost, Observation, SiteAdapter } from './types';
import { clip, countFrom, followersFrom, kindFrom, pageLocale, pathSegments, postElements } from './read';
import { withParsedTexts } from './read-date';
import { settleThenJudge, shownDatesOf } from './shown-dates';
import { channelJson, jsonLanguage, type ChannelJson } from './youtube-json';

/** Selectors named by intent; YouTube's class names churn, its custom element tags and ids hold. */
const SELECT = {
  header: 'yt-page-header-view-model, ytd-c4-tabbed-header-renderer, #channel-header',
  name: 'yt-page-header-view-model h1, yt-dynamic-text-view-model h1, #channel-name #text',
  metadata: 'yt-content-metadata-view-model span[role="text"], #channel-handle, #subscriber-count, #videos-count',
  /** "Customize channel" and "Manage videos" open YouTube Studio, shown only to the channel's owner. */
  ownerControl: 'a[href*="studio.youtube.com"]',
  video: 'ytd-rich-grid-media, ytd-grid-video-renderer, ytd-video-renderer',
  videoLink: 'a#video-title-link, a#video-title',
  /** The byline of a card in a shelf: a link to the channel whose video it is. */
  videoChannel: '#channel-name a[href], ytd-channel-name a[href], #byline a[href]',
  videoMeta: '#metadata-line span',
  community: 'ytd-backstage-post-thread-renderer',
  communityLink: '#published-time-text a',
  communityText: '#content-text',
  communityVotes: '#vote-count-middle',
  poll: 'ytd-backstage-poll-renderer',
  photo: 'ytd-backstage-image-renderer, ytd-post-multi-image-renderer',
  embeddedVideo: 'ytd-video-renderer',
} as const;

export const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
/** Channel tabs that list the channel's own posts. */
const TABS = new Set(['', 'featured', 'videos', 'streams', 'community', 'posts']);
/** Subscriber counts are the header metadata part saying so; the others are the handle and "232 videos". */
const SUBSCRIBERS = /subscri|abonn|suscript|iscritt|inscrit/i;
const HANDLE_TEXT = /^@\S+$/;
const CHANNEL_ID = /^UC[\w-]{22}$/;

/** How the URL names the channel: its @handle, its id (/channel/UC…), or a legacy name (/c/…, /user/…). */
interface ChannelPath {
  kind: '@' | 'channel' | 'c' | 'user';
  /** As written in the URL: a channel id's case matters. */
  name: string;
}

/** Who the page is: its handle as stored, the address it is stored under, and what its own links look like. */
interface Channel {
  handle: string;
  url: string;
  /** Lower-case paths that lead to this channel ("/@name", "/channel/uc…", "/c/name"). */
  paths: Set<string>;
}

/**
 * YouTube's content script's adapter (content/sites/youtube.ts): a post's age as the page writes
 * it ("3 hours ago") is left for the worker's date parser; settleTexts reads it.
 */
export const youtubePageReader: SiteAdapter = {
  site: 'youtube',
  matches: (url) => HOSTS.has(url.hostname) && channelPath(url) !== null,
  observe(doc, url, _now, postRoots) {
    const fromUrl = channelPath(url);
    if (!fromUrl) return null;
    const header = doc.querySelector(SELECT.header);
    // The page's JSON is read only when the page does not draw the header: it may be a
    // previous page's after an in-app navigation, so it counts only if it names this channel.
    const json = header ? null : ownJson(channelJson(doc), fromUrl);
    if (!header && !json) return null;
    const locale = pageLocale(doc, () => jsonLanguage(doc));
    const metadata = header ? [...header.querySelectorAll(SELECT.metadata)].map((el) => el.textContent?.trim() ?? '') : json!.metadata;
    const channel = channelOf(fromUrl, metadata.find((text) => HANDLE_TEXT.test(text))?.slice(1) ?? json?.handle, json?.id);
    const name = header?.querySelector(SELECT.name)?.textContent?.trim() || json?.name || undefined;
    const missing: string[] = [];
    const followers = followersFrom(metadata.find((text) => SUBSCRIBERS.test(text)), locale);
    if (!followers) missing.push('followers');
    const own = (card: Element) => isOwnCard(card, channel, name);
    const posts = [
      // Apart, as in a full read: a community post may embed a video card, and both are read.
      ...postElements(doc, SELECT.video, postRoots).filter(own).map((card) => readVideo(card, locale)),
      ...postElements(doc, SELECT.community, postRoots).map((thread) => readCommunityPost(thread, locale)),
    ].filter((post): post is ObservedPost => post !== null);
    const observation: Observation = {
      site: 'youtube',
      page: { handle: channel.handle, name, url: channel.url },
      ownerView: header?.querySelector(SELECT.ownerControl) != null,
      followers,
      posts,
      missing,
    };
    return observation;
  },
  settleTexts: settleThenJudge(['date', 'text']),
};

/** The whole read, date texts parsed at once: the site list's adapter (sites/index.ts), tests, the bench. */
export const youtubeAdapter: SiteAdapter = /* @__PURE__ */ withParsedTexts(youtubePageReader);

/** The channel named by the URL: "@handle", or the id of /channel/UC…, the name of /c/name, /user/name. */
function channelPath(url: URL): ChannelPath | null {
  const segments = pathSegments(url);
  const [first = ''] = segments;
  const named = first.startsWith('@') ? 1 : ['channel', 'c', 'user'].includes(first) ? 2 : 0;
  const name = named === 1 ? first.slice(1) : segments[1];
  if (!named || !name || segments.length > named + 1 || !TABS.has(segments[named] ?? '')) return null;
  if (first === 'channel' && !CHANNEL_ID.test(name)) return null;
  return { kind: named === 1 ? '@' : (first as ChannelPath['kind']), name };
}

/** The JSON when it describes the channel the URL names; a legacy name is found among its links. */
function ownJson(json: ChannelJson | null, path: ChannelPath): ChannelJson | null {
  if (!json) return null;
  const same =
    path.kind === '@'
      ? json.handle?.toLowerCase() === path.name.toLowerCase()
      : path.kind === 'channel'
        ? json.id === path.name
        : json.text.toLowerCase().includes(`"/${path.kind}/${path.name.toLowerCase()}"`);
  return same ? json : null;
}

/**
 * The @handle is the address YouTube shows for a channel whichever URL led here; without one, the
 * channel id (its own address, /channel/UC…), and only without either the legacy name itself.
 */
function channelOf(path: ChannelPath, handle: string | undefined, jsonId: string | undefined): Channel {
  const id = path.kind === 'channel' ? path.name : jsonId;
  const at = handle ?? (path.kind === '@' ? path.name : undefined);
  const paths = new Set([`/${path.kind === '@' ? '@' : `${path.kind}/`}${path.name}`.toLowerCase()]);
  if (at) paths.add(`/@${at}`.toLowerCase());
  if (id) paths.add(`/channel/${id}`.toLowerCase());
  if (at) return { handle: at.toLowerCase(), url: `https://www.youtube.com/@${at.toLowerCase()}`, paths };
  if (id) return { handle: id.toLowerCase(), url: `https://www.youtube.com/channel/${id}`, paths };
  return { handle: `${path.kind}/${path.name}`.toLowerCase(), url: `https://www.youtube.com/${path.kind}/${path.name}`, paths };
}

/**
 * A video card is the channel's own unless it says otherwise: the Home tab's shelves and playlists
 * hold other channels' videos, whose cards link to their channel (or name it in their aria-label,
 * "Title by Other Channel 1.2K views 3 days ago"); the channel's own tabs leave the byline out.
 */
function isOwnCard(card: Element, channel: Channel, name: string | undefined): boolean {
  const byline = card.querySelector(SELECT.videoChannel);
  if (byline) {
    const href = byline.getAttribute('href') ?? '';
    const path = href.startsWith('/') ? href.split(/[?#]/)[0]!.replace(/\/$/, '').toLowerCase() : '';
    return channel.paths.has(path) || (name !== undefined && byline.textContent?.trim() === name);
  }
  const link = card.querySelector(SELECT.videoLink);
  const label = link?.getAttribute('aria-label')?.trim() ?? '';
  const title = link?.getAttribute('title')?.trim() ?? '';
  if (!name || !title || !label.startsWith(title) || label === title) return true;
  return label.slice(title.length).includes(name);
}

/** A past live stream or a premiere names itself before its age: "Streamed 2 weeks ago", "Diffusé il y a 2 semaines". */
const AGE_LABEL = /^(?:streamed|premiered|diffusée?|premi[eè]re diffusion)\s+/i;

function readVideo(card: Element, locale: string): ObservedPost | null {
  const link = card.querySelector(SELECT.videoLink);
  const id = link?.getAttribute('href')?.match(/[?&]v=([\w-]{11})/)?.[1];
  if (!link || !id) return null;
  // The metadata line holds "409 views" and "3 hours ago": the age is the part that reads as a date.
  const age = [...card.querySelectorAll(SELECT.videoMeta)].map((span) => span.textContent?.trim().replace(AGE_LABEL, ''));
  return {
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    ...shownDatesOf(age, locale),
    text: clip(link.getAttribute('title') ?? link.textContent),
    kind: 'video',
  };
}

function readCommunityPost(thread: Element, locale: string): ObservedPost | null {
  const link = thread.querySelector(SELECT.communityLink);
  const id = link?.getAttribute('href')?.match(/(?:\/post\/|[?&]lb=)([\w-]+)/)?.[1];
  if (!link || !id) return null;
  return {
    id,
    url: `https://www.youtube.com/post/${id}`,
    ...shownDatesOf([link.textContent], locale),
    text: clip(thread.querySelector(SELECT.communityText)?.textContent),
    kind: kindFrom(thread, { poll: SELECT.poll, video: SELECT.embeddedVideo, photo: SELECT.photo }),
    reactions: countFrom(thread.querySelector(SELECT.communityVotes)?.textContent, locale),
  };
}
