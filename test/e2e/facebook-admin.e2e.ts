// The seed's own platform as its admin meets it: the real French capture served as
// www.facebook.com/LeBistroVolney, tracked from the real popup, in a French and an English
// Chromium. A visitor's view offers Watch first; the admin's view (a variant with admin
// controls) tracks the Page as theirs; no "could not read" on a first visit, nor on the next.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { overlayIn } from './harness/overlay';
import { openPopup } from './harness/popup';
import { saveArtifact, startSession, type Session } from './harness/session';
import { clearStore, readStore } from './harness/store-reader';

const PAGE = 'https://www.facebook.com/LeBistroVolney';
/** The one story of the capture's embedded JSON, with its creation_time. */
const STORY = { postId: '1231217728697135', publishedAt: 1749548120 * 1000 };
/** Two weeks or more said in days ("542 jours"): the capture's post is over a year old, so any such silence is a wording bug. */
const LONG_IN_DAYS = /\b(?:1[4-9]|[2-9]\d|\d{3,})[\s\u00a0\u202f](?:days|jours)\b/;

const LOCALES = [
  {
    locale: 'fr-FR', lang: 'fr', watch: 'Observer cette page', mine: 'C’est ma page', track: 'Suivre cette page',
    lastStatus: /^Dernière publication il y a /,
    silentFor: /n’ont vu aucune nouvelle publication depuis \d+[\s\u00a0\u202f](?:mois|ans?)\./,
    hidden: 'Facebook masque ici les dates des publications\u00a0: la dernière publication indiquée est la plus récente dont il donne la date.',
    ownHidden: 'Facebook masque ici les dates des publications\u00a0: appuyez sur «\u00a0Je viens de publier\u00a0» après avoir publié.',
    justPosted: 'Je viens de publier',
  },
  {
    locale: 'en-US', lang: 'en', watch: 'Watch this page', mine: 'It’s mine', track: 'Track this page',
    lastStatus: /^Last post .* ago$/,
    silentFor: /have seen no new post for \d+ (?:months|years?)\./,
    hidden: 'Facebook hides post dates here: the last post shown is the newest one it gives a date for.',
    ownHidden: 'Facebook hides post dates here: tap “I just posted” after you post.',
    justPosted: 'I just posted',
  },
];

describe.each(LOCALES)('Facebook for its admin, $lang UI', (L) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ locale: L.locale });
  });
  afterAll(() => session?.end());

  test('a visitor’s view: Watch first and It’s mine second, in the popup and on the page; watched, dated, no "could not read"', async () => {
    await clearStore(session.worker);
    session.serveFixture('www.facebook.com', '/LeBistroVolney', 'facebook', 'page-visitor-fr');
    const tab = await session.context.newPage();
    await tab.goto(PAGE);
    // On Facebook the admin's own Page shows as a visitor's view until they switch into it: the offer is made there too.
    const overlay = await overlayIn(tab);
    await overlay.waitFor('[data-testid=watch-page]');
    expect(await overlay.evaluate<string[]>('function () { return [...this.querySelectorAll(".track-choice button")].map((b) => b.textContent); }')).toEqual([L.watch, L.mine]);

    const popup = await openPopup(session.context, session.worker, tab);
    await popup.waitFor('document.querySelector("[data-testid=watch-page]")');
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.track-offer button')].map((b) => b.textContent)`)).toEqual([L.watch, L.mine]);
    await popup.evaluate('document.querySelector("[data-testid=watch-page]").click()');
    await popup.waitFor('document.querySelector("[data-testid=page-row]")');
    await popup.close();

    // The content script reads the page again once tracked; wait for what it adds to settle.
    const stored = await waitForStory(session);
    expect(stored.pages).toMatchObject([{ id: 'facebook:lebistrovolney', name: 'Le Bistro Volney', role: 'watch' }]);
    expect(stored.pages[0]!.lastMissing).toBeUndefined();
    expect(stored.followers).toMatchObject([{ count: 692, exact: true }]);

    // The same Page on a second visit: what it gave the first time it gives again, so no drift either.
    await tab.reload();
    const panel = await overlayIn(tab);
    await panel.waitFor('[data-testid=overlay-last-status]');
    const again = await openPopup(session.context, session.worker, tab);
    const shown = await again.waitFor<{ lastStatus: string; hidden: string; couldNotRead: boolean; text: string }>(`(() => {
      const lastStatus = document.querySelector('[data-testid=last-status]');
      const hidden = document.querySelector('[data-testid=dates-hidden]');
      const nudges = [...document.querySelectorAll('[data-testid=nudge]')];
      return lastStatus && hidden && nudges.length > 0 && { lastStatus: lastStatus.textContent, hidden: hidden.textContent, couldNotRead: !!document.querySelector('[data-testid=could-not-read]'), text: nudges.map((n) => n.textContent).join(' | ') };
    })()`);
    expect(shown.lastStatus).toMatch(L.lastStatus);
    // The headline and the ideas' reasons count the silence alike: months, not hundreds of days
    // (the audience's "30 days" change is a period, and stays in days).
    expect(shown.text).toMatch(L.silentFor);
    expect(shown.text).not.toMatch(LONG_IN_DAYS);
    expect(shown.hidden).toBe(L.hidden);
    expect(shown.couldNotRead).toBe(false);
    saveArtifact(`facebook-watch-${L.lang}.png`, await again.screenshot());
    await again.close();
    expect(await panel.count('[data-testid=could-not-read]')).toBe(0);
    await tab.close();
    expect((await readStore(session.worker)).pages[0]!.lastMissing).toBeUndefined();
    expect(session.errors).toEqual([]);
  });

  test('the admin’s view (admin controls shown): one "Track this page", stored as mine', async () => {
    await clearStore(session.worker);
    session.serveFixture('www.facebook.com', '/LeBistroVolney', 'facebook', 'page-admin-fr');
    const tab = await session.context.newPage();
    await tab.goto(PAGE);
    const popup = await openPopup(session.context, session.worker, tab);
    await popup.waitFor('document.querySelector("[data-testid=track-page]")');
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.track-offer button')].map((b) => b.textContent)`)).toEqual([L.track]);
    await popup.evaluate('document.querySelector("[data-testid=track-page]").click()');
    await popup.waitFor('document.querySelector("[data-testid=page-row]")');
    await popup.close();
    const stored = await waitForStory(session);
    expect(stored.pages).toMatchObject([{ id: 'facebook:lebistrovolney', role: 'mine' }]);
    expect(stored.pages[0]!.lastMissing).toBeUndefined();

    // What the admin reads next: the silence, the note on hidden dates beside the button it
    // names, ideas for the next post; nothing that says the page could not be read.
    const again = await openPopup(session.context, session.worker, tab);
    const shown = await again.waitFor<{ lastStatus: string; hidden: string; button: string; couldNotRead: boolean; nudges: number }>(`(() => {
      const lastStatus = document.querySelector('[data-testid=last-status]');
      const hidden = document.querySelector('[data-testid=dates-hidden]');
      const button = document.querySelector('[data-testid=manual-post]');
      const nudges = document.querySelectorAll('[data-testid=nudge]').length;
      return lastStatus && hidden && button && nudges > 0 && { lastStatus: lastStatus.textContent, hidden: hidden.textContent, button: button.textContent, couldNotRead: !!document.querySelector('[data-testid=could-not-read]'), nudges };
    })()`);
    expect(shown.lastStatus).toMatch(L.lastStatus);
    expect(shown.hidden).toBe(L.ownHidden);
    expect(shown.button).toBe(L.justPosted);
    expect(shown.couldNotRead).toBe(false);
    saveArtifact(`facebook-admin-${L.lang}.png`, await again.screenshot());
    await again.close();
    await tab.close();
    expect(session.errors).toEqual([]);
  });
});

/** The store once it holds every story of the capture's JSON, with its date. */
async function waitForStory(session: Session) {
  for (let tries = 0; tries < 200; tries++) {
    const stored = await readStore(session.worker);
    const story = stored.posts.find((p) => p.postId === STORY.postId);
    if (story?.publishedAt === STORY.publishedAt && story.precision === 'second') return stored;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the capture's story ${STORY.postId} was not stored with its date`);
}
