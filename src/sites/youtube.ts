import type { ObservedPost, Observation, SiteAdapter } from './types';
import { clip, countFrom, followersFrom, kindFrom, missingFromPosts, pageLocale, pathSegments, postElements } from './read';
import { dateFrom } from './read-date';

/** Selectors named by intent; YouTube's class names churn, its custom element tags and ids hold. */
const SELECT = {
  header: 'yt-page-header-view-model, ytd-c4-tabbed-header-renderer, #channel-header',
  name: 'yt-page-header-view-model h1, yt-dynamic-text-view-model h1, #channel-name #text',
  metadata: 'yt-content-metadata-view-model span[role="text"], #channel-handle, #subscriber-count, #videos-count',
  /** "Customize channel" and "Manage videos" open YouTube Studio, shown only to the channel's owner. */
  ownerControl: 'a[href*="studio.youtube.com"]',
  video: 'ytd-rich-grid-media, ytd-grid-video-renderer, ytd-video-renderer',
  videoLink: 'a#video-title-link, a#video-title',
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

export const youtubeAdapter: SiteAdapter = {
  site: 'youtube',
  matches: (url) => HOSTS.has(url.hostname) && channelPath(url) !== null,
  observe(doc, url, now, postRoots) {
    const fromUrl = channelPath(url);
    const header = doc.querySelector(SELECT.header);
    if (!fromUrl || !header) return null;
    const locale = pageLocale(doc);
    const metadata = [...header.querySelectorAll(SELECT.metadata)].map((el) => el.textContent?.trim() ?? '');
    // The @handle is stable whichever URL form (/channel/UC…, /c/…) led here.
    const handle = (metadata.find((text) => /^@\S+$/.test(text))?.slice(1) ?? fromUrl).toLowerCase();
    const missing: string[] = [];
    const followers = followersFrom(metadata.find((text) => SUBSCRIBERS.test(text)), locale);
    if (!followers) missing.push('followers');
    const posts = [
      // Apart, as in a full read: a community post may embed a video card, and both are read.
      ...postElements(doc, SELECT.video, postRoots).map((card) => readVideo(card, locale, now)),
      ...postElements(doc, SELECT.community, postRoots).map((thread) => readCommunityPost(thread, locale, now)),
    ].filter((post): post is ObservedPost => post !== null);
    const observation: Observation = {
      site: 'youtube',
      page: {
        handle,
        name: header.querySelector(SELECT.name)?.textContent?.trim() || undefined,
        url: `https://www.youtube.com/@${handle}`,
      },
      ownerView: header.querySelector(SELECT.ownerControl) !== null,
      followers,
      posts,
      missing: [...missing, ...missingFromPosts(posts, ['date', 'text'])],
    };
    return observation;
  },
};

/** The channel named by the URL: "@handle", or the id of /channel/UC…, /c/name, /user/name. */
function channelPath(url: URL): string | null {
  const segments = pathSegments(url);
  const [first = ''] = segments;
  const named = first.startsWith('@') ? 1 : ['channel', 'c', 'user'].includes(first) ? 2 : 0;
  const name = named === 1 ? first.slice(1) : segments[1];
  if (!named || !name || segments.length > named + 1 || !TABS.has(segments[named] ?? '')) return null;
  return name.toLowerCase();
}

/** A past live stream or a premiere names itself before its age: "Streamed 2 weeks ago", "Diffusé il y a 2 semaines". */
const AGE_LABEL = /^(?:streamed|premiered|diffusée?|premi[eè]re diffusion)\s+/i;

function readVideo(card: Element, locale: string, now: Date): ObservedPost | null {
  const link = card.querySelector(SELECT.videoLink);
  const id = link?.getAttribute('href')?.match(/[?&]v=([\w-]{11})/)?.[1];
  if (!link || !id) return null;
  // The metadata line holds "409 views" and "3 hours ago": the age is the part that reads as a date.
  const age = [...card.querySelectorAll(SELECT.videoMeta)]
    .map((span) => dateFrom(span.textContent?.trim().replace(AGE_LABEL, ''), locale, now))
    .find((date) => date.publishedAt !== undefined);
  return {
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    ...age,
    text: clip(link.getAttribute('title') ?? link.textContent),
    kind: 'video',
  };
}

function readCommunityPost(thread: Element, locale: string, now: Date): ObservedPost | null {
  const link = thread.querySelector(SELECT.communityLink);
  const id = link?.getAttribute('href')?.match(/(?:\/post\/|[?&]lb=)([\w-]+)/)?.[1];
  if (!link || !id) return null;
  return {
    id,
    url: `https://www.youtube.com/post/${id}`,
    ...dateFrom(link.textContent, locale, now),
    text: clip(thread.querySelector(SELECT.communityText)?.textContent),
    kind: kindFrom(thread, { poll: SELECT.poll, video: SELECT.embeddedVideo, photo: SELECT.photo }),
    reactions: countFrom(thread.querySelector(SELECT.communityVotes)?.textContent, locale),
  };
}
