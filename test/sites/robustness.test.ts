import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { ADAPTERS } from '../../src/sites/index';

/** Pages no adapter was written for: each must come back null or partial, never as an exception. */
const ODD_PAGES = [
  '',
  '<html lang=""><body><div data-testid="UserName"></div><article data-testid="tweet"><a href="/status/"><time datetime="nope"></time></a></article></body></html>',
  '<script type="application/ld+json">{"mainEntity": {"interactionStatistic": "many"}</script><div class="account__header"></div><div id="mastodon"></div><div class="status" data-id=""><a class="status__relative-time" href="::"></a></div>',
  '<div class="org-top-card"><div class="org-top-card-summary-info-list__info-item">followers</div></div><div data-urn="urn:li:activity:abc"></div>',
  '<yt-page-header-view-model></yt-page-header-view-model><ytd-rich-grid-media><a id="video-title-link" href="/watch?v="></a></ytd-rich-grid-media>',
  '<div data-testid="profileHeaderDisplayName"></div><div data-testid="feedItem-by-"><a href="/profile//post/"></a></div>',
  '<meta property="og:description" content="(@someone)"><a href="/someone/p//"><img alt=" on 99, 9999"></a>',
  '<div role="main"><h1>Someone</h1><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message"></div></div></div></div><script type="application/json">{"timeline_list_feed_units": {"edges": [null, {"node": 7}]}}</script>',
];
const URLS = [
  'https://x.com/someone',
  'https://bsky.app/profile/%E0%A4%A',
  'https://bsky.app/profile/someone',
  'https://www.instagram.com/someone/',
  'https://www.linkedin.com/company/%E0%A4%A/',
  'https://www.linkedin.com/company/someone/',
  'https://www.youtube.com/@%E0%A4%A',
  'https://www.youtube.com/@someone',
  'https://example.social/@someone',
  'https://www.facebook.com/someone',
];

describe('every adapter on odd pages', () => {
  for (const adapter of ADAPTERS) {
    test(`${adapter.site} returns null or an observation, never throws`, () => {
      for (const html of ODD_PAGES) {
        for (const href of URLS) {
          const window = new Window({ url: href, settings: { disableJavaScriptEvaluation: true } });
          window.document.write(html);
          const url = new URL(href);
          const doc = window.document as unknown as Document;
          // A batch's added nodes can be anything: the document, text, a comment, a node since removed.
          const oddRoots: Node[] = [doc, doc.body, doc.createTextNode('x'), doc.createComment('x'), doc.createElement('div')];
          if (doc.body.lastChild) oddRoots.push(doc.body.lastChild);
          for (const roots of [undefined, oddRoots]) {
            const observe = () => (adapter.matches(url) ? adapter.observe(doc, url, new Date(0), roots) : null);
            expect(observe).not.toThrow();
            const observation = observe();
            if (observation) expect(observation.site).toBe(adapter.site);
          }
        }
      }
    });
  }
});
