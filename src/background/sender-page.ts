import type { BackgroundMessage } from '../messages';
import { isOnPageSite } from '../sites/page-site';
import type { SiteId } from '../sites/types';
import { parsePageId } from '../store/page-id';

/**
 * Whether a message from a content script names a page of the site its tab shows. A site's
 * script can forge what our content script reads and says, so it may speak only of its own
 * pages: a Mastodon instance only of its own accounts (user@that-instance), never of an account
 * that lives elsewhere. The host is all that is compared: a site's in-app navigation
 * (history.pushState) moves between its own pages and stays allowed.
 */
export function namesSenderSite(message: BackgroundMessage, senderUrl: string | undefined): boolean {
  if (!senderUrl) return false;
  const page = pageNamed(message);
  return page !== null && isOnPageSite(senderUrl, page.site, page.handle);
}

function pageNamed(message: BackgroundMessage): { site: SiteId; handle: string } | null {
  switch (message.type) {
    case 'observation':
    case 'track-page':
      return { site: message.observation.site, handle: message.observation.page.handle };
    case 'page-glance':
      return { site: message.site, handle: message.handle };
    case 'record-post':
    case 'idea-action':
      return parsePageId(message.pageId);
    default:
      return null;
  }
}
