import { fixtureHtml } from '../../sites/fixture-html';
import { demoHistory, historyOf, merge, type History } from './sample-history';
import type { FixtureServer } from './fixture-server';

const X_PROFILE = fixtureHtml('x', 'profile-visitor-en');
const X_PROFILE_OWNER = fixtureHtml('x', 'profile-owner-en');

/**
 * The demo's web pages, served at their real addresses: a tracked X profile (the real capture)
 * the same profile as its owner sees it, under a handle not tracked yet, and as a visitor sees it.
 */
export function serveDemoPages(server: FixtureServer): { tracked: string; owned: string; visited: string } {
  server.route('x.com', '/badlogicgames', X_PROFILE);
  server.route('x.com', '/someoneelse', X_PROFILE.replace(/badlogicgames/gi, 'someoneelse'));
  const owner = X_PROFILE_OWNER.replace(/badlogicgames/gi, 'cafeduport').replaceAll('Mario Zechner', 'Café du Port');
  server.route('x.com', '/cafeduport', owner);
  return { tracked: 'https://x.com/badlogicgames', owned: 'https://x.com/cafeduport', visited: 'https://x.com/someoneelse' };
}

/** Every demo page's history, including the tracked X profile's. */
export function demoPagesHistory(now: number): History {
  return merge(
    demoHistory(now),
    historyOf({
      site: 'x', handle: 'badlogicgames', name: 'Mario Zechner', url: 'https://x.com/badlogicgames',
      days: 120, everyDays: 1.2, silentDays: 0, followersFrom: 13400, followersTo: 14071,
      texts: ['Shipped a new release', 'Thread on game engines'],
    }, now, 13),
  );
}
