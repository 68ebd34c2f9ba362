import { describe } from 'vitest';
import { blueskyAdapter } from '../../src/sites/bluesky';
import { facebookAdapter } from '../../src/sites/facebook';
import { POST_ID_ATTR } from '../../src/sites/facebook-attributes';
import { instagramAdapter } from '../../src/sites/instagram';
import { linkedinAdapter } from '../../src/sites/linkedin';
import { mastodonAdapter } from '../../src/sites/mastodon';
import { xAdapter } from '../../src/sites/x';
import { youtubeAdapter } from '../../src/sites/youtube';
import { expectIncrementalReads } from './incremental-harness';

const all = (selector: string) => (doc: Document) => [...doc.querySelectorAll(selector)];

/** Rewrites every href of the copy that matches, as a new post's links would read. */
function rewriteHrefs(copy: Element, pattern: RegExp, replacement: string): void {
  for (const a of copy.querySelectorAll('[href]')) a.setAttribute('href', a.getAttribute('href')!.replace(pattern, replacement));
  if (copy.hasAttribute('href')) copy.setAttribute('href', copy.getAttribute('href')!.replace(pattern, replacement));
}

describe('incremental reads (postRoots) match the full read', () => {
  expectIncrementalReads({
    adapter: xAdapter,
    fixture: 'profile-visitor-en',
    posts: all('article[data-testid="tweet"]'),
    renumber: (copy) => rewriteHrefs(copy, /\/status\/\d+/, '/status/1999999999999999999'),
  });

  expectIncrementalReads({
    adapter: mastodonAdapter,
    fixture: 'profile-visitor-en',
    posts: all('.status[data-id]'),
    renumber: (copy) => {
      copy.setAttribute('data-id', '119999999999999999');
      rewriteHrefs(copy, /\/\d+$/, '/119999999999999999');
    },
  });

  expectIncrementalReads({
    adapter: blueskyAdapter,
    fixture: 'profile-visitor-en',
    posts: all('[data-testid^="feedItem-by-"]'),
    renumber: (copy) => rewriteHrefs(copy, /\/post\/[^/?#]+/, '/post/3lzzzzzzzzzz2'),
  });

  expectIncrementalReads({
    adapter: instagramAdapter,
    fixture: 'profile-visitor-en',
    posts: all('a[href^="/gdg_rbu/p/"], a[href^="/gdg_rbu/reel/"], a[href^="/p/"], a[href^="/reel/"]'),
    renumber: (copy) => rewriteHrefs(copy, /\/(p|reel)\/[\w-]+\//, '/$1/FRESHcode01/'),
  });

  expectIncrementalReads({
    adapter: youtubeAdapter,
    fixture: 'channel-videos-visitor-en',
    posts: all('ytd-rich-grid-media, ytd-grid-video-renderer, ytd-video-renderer, ytd-backstage-post-thread-renderer'),
    renumber: (copy) => rewriteHrefs(copy, /([?&]v=)[\w-]{11}/, '$1FRESHvideo1'),
  });

  expectIncrementalReads({
    adapter: youtubeAdapter,
    fixture: 'channel-posts-owner-fr',
    posts: all('ytd-backstage-post-thread-renderer'),
    renumber: (copy) => rewriteHrefs(copy, /\/post\/[\w-]+/, '/post/UgkxFRESHpost'),
  });

  expectIncrementalReads({
    adapter: linkedinAdapter,
    fixture: 'company-posts-member-en',
    posts: all('[data-urn^="urn:li:activity:"]'),
    renumber: (copy) => copy.setAttribute('data-urn', 'urn:li:activity:7399999999999999999'),
  });

  const FB_POST = '[aria-posinset], [role="article"], [aria-labelledby][aria-describedby]';
  expectIncrementalReads({
    adapter: facebookAdapter,
    fixture: 'page-visitor-fr',
    posts: (doc) => all(FB_POST)(doc).filter((el) => el.parentElement?.closest(FB_POST) == null),
    renumber: (copy) => copy.setAttribute(POST_ID_ATTR, '1999999999999999'),
  });
});
