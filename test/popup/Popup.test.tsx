import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import type { Observation } from '../../src/sites/types';
import type { StoreStatus } from '../../src/store/store-error';
import { fakeBrowser, fromWorker, uiLanguage } from '../ui/fake-browser';
import { NOW, detailOf, listItem } from './sample-data';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

type Answer = (message: { type: string; [k: string]: unknown }) => unknown;
const sent: { type: string }[] = [];
let storeStatus: StoreStatus | undefined;
function background(answer: Answer) {
  fakeBrowser.runtime.sendMessage = ((message: { type: string }) => {
    sent.push(message);
    return Promise.resolve().then(() => (message.type === 'store-status' && storeStatus ? storeStatus : answer(message)));
  }) as never;
}
const noTab = () => Promise.resolve(null);
const observation: Observation = {
  site: 'x',
  page: { handle: 'cafe', name: 'Café du Port', url: 'https://x.com/cafe' },
  ownerView: true,
  posts: [],
};

const DAY = 86_400_000;

beforeEach(() => {
  uiLanguage.current = 'en';
  sent.length = 0;
  storeStatus = { state: 'ok' };
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

describe('Popup', () => {
  test('loading: says so and keeps its frame while the background has not answered', () => {
    background(() => new Promise(() => {}));
    const { container } = render(<Popup readTab={noTab} />);
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Animateur');
  });

  test("while the selected page loads or fails, the pane's h1 is its name from the list", async () => {
    const item = listItem();
    let reject: (error: Error) => void = () => {};
    background((m) => (m.type === 'list-pages' ? [item] : new Promise((_, fail) => (reject = fail))));
    render(<Popup readTab={noTab} />);
    await screen.findAllByTestId('page-row');
    expect(document.querySelector('.detail-pane[aria-busy="true"] h1')?.textContent).toBe('Le Bistro');
    reject(new Error('store is read-only'));
    await screen.findByRole('alert');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Le Bistro']);
  });

  test('empty: explains the extension and offers to track the page in the active tab', async () => {
    background(() => []);
    render(<Popup readTab={() => Promise.resolve({ tabId: 3, observation })} />);
    await screen.findByText('Keep your pages alive');
    expect(screen.getByTestId('track-page').textContent).toBe('Track this page');
    expect(screen.getByText('Café du Port on X')).toBeTruthy();
  });

  test('an admin view tracks the page as mine; a visitor view offers Watch first and It’s mine second', async () => {
    const tracked: unknown[] = [];
    background((m) => (m.type === 'track-page' ? (tracked.push(m.role), { pageId: 'x:cafe' }) : m.type === 'list-pages' ? [] : null));
    // The popup tells the tab's content script the page is tracked now.
    (fakeBrowser as unknown as { tabs?: { sendMessage: () => Promise<void> } }).tabs = { sendMessage: async () => undefined };
    const owner = render(<Popup readTab={() => Promise.resolve({ tabId: 3, observation })} />);
    fireEvent.click(await screen.findByTestId('track-page'));
    await waitFor(() => expect(tracked).toEqual(['mine']));
    expect(screen.queryByTestId('watch-page')).toBeNull();
    owner.unmount();

    for (const [language, watch, mine] of [['en', 'Watch this page', 'It’s mine'], ['fr', 'Observer cette page', 'C’est ma page']] as const) {
      uiLanguage.current = language;
      tracked.length = 0;
      const visitor = render(<Popup readTab={() => Promise.resolve({ tabId: 3, observation: { ...observation, ownerView: false } })} />);
      const offer = (await screen.findByTestId('watch-page')).parentElement!;
      expect([...offer.querySelectorAll('button')].map((b) => b.textContent)).toEqual([watch, mine]);
      fireEvent.click(screen.getByTestId('watch-page'));
      await waitFor(() => expect(tracked).toEqual(['watch']));
      fireEvent.click(screen.getByTestId('track-page'));
      await waitFor(() => expect(tracked).toEqual(['watch', 'mine']));
      visitor.unmount();
    }
  });

  test('empty without a supported tab: says where to start', async () => {
    background(() => []);
    render(<Popup readTab={noTab} />);
    await screen.findByText(/No page tracked yet/);
    expect(screen.queryByTestId('track-page')).toBeNull();
  });

  test('empty: links to the settings, where a backup brings pages back', async () => {
    background(() => []);
    const opened = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage');
    render(<Popup readTab={noTab} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Import a backup in the settings' }));
    expect(opened).toHaveBeenCalledTimes(1);
  });

  test("the page's name looks like the link it is, and the ideas come before the chart (above the fold)", async () => {
    const item = listItem();
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { saved: true }));
    const { container } = render(<Popup readTab={noTab} />);
    const link = (await screen.findByRole('link', { name: /Le Bistro/ })) as HTMLAnchorElement;
    expect(link.title).toBe('Open Le Bistro on Facebook');
    expect(link.className).toBe('page-link');
    const sections = [...container.querySelectorAll('.detail > section')].map((s) => s.className);
    expect(sections.indexOf('nudges')).toBeLessThan(sections.indexOf('audience'));
    // One level-one heading, the page shown (axe: page-has-heading-one); its sections one level below.
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent?.replace(/\s+/g, ' '))).toEqual(['Le Bistro on Facebook']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Ideas for your next post', 'Audience', 'Recent posts']);
  });

  test('overdue: the selected page shows its last status large, its state, chart, deltas and three nudges', async () => {
    const item = listItem();
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { saved: true }));
    render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('last-status')).textContent).toBe('Last post 6 days ago');
    expect(screen.getByTestId('page-row').querySelector('[role=img]')?.getAttribute('aria-label')).toBe('Overdue');
    expect(screen.getByText(/Overdue · goal: at most 3 days between posts/)).toBeTruthy();
    expect(screen.getByTestId('follower-count').textContent).toBe('1,240 followers');
    expect(screen.getByTestId('follower-chart').querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Followers went from 1,150 to 1,240 (+90) over 90 days, with 2 posts.',
    );
    expect(screen.getAllByTestId('nudge')).toHaveLength(3);
    expect(screen.getByText('Your 1,240 followers have had no new post to be notified of for 6 days.')).toBeTruthy();
    expect(screen.getByText('+12')).toBeTruthy();
    expect(screen.getByText('-4')).toBeTruthy();
  });

  test('asks for the selected page once, before drawing the list, so the worker reads it while the list renders', async () => {
    const item = listItem();
    const rowsWhenAsked: number[] = [];
    background((m) => {
      if (m.type === 'page-detail') rowsWhenAsked.push(document.querySelectorAll('[data-testid=page-row]').length);
      return m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { saved: true };
    });
    render(<Popup readTab={noTab} />);
    await screen.findByTestId('last-status');
    expect(rowsWhenAsked).toEqual([0]);
    expect(sent.filter((m) => m.type === 'page-detail')).toEqual([{ type: 'page-detail', pageId: item.page.id }]);
  });

  test('the rows are drawn once per reading of the list: the detail arriving later leaves them as they were', async () => {
    const item = listItem({ state: 'on-track', lastOwnAt: NOW - 50 * 60_000, sinceMs: 50 * 60_000 });
    let answer: (detail: unknown) => void = () => {};
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? new Promise((resolve) => (answer = resolve)) : { saved: true }));
    render(<Popup readTab={noTab} />);
    const [row] = await screen.findAllByTestId('page-row');
    expect(row!.textContent).toContain('50 minutes ago');
    // Had the detail's arrival drawn the rows again, they would tell the time from then.
    vi.setSystemTime(NOW + 20 * 60_000);
    answer(detailOf(item));
    await screen.findByTestId('last-status');
    expect(screen.getByTestId('page-row').textContent).toContain('50 minutes ago');
  });

  test('a YouTube channel: its count, chart summary, ideas and reasons speak of subscribers', async () => {
    const item = listItem({}, { id: 'youtube:bistro', site: 'youtube', handle: 'bistro' });
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { saved: true }));
    const { container } = render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('follower-count')).textContent).toBe('1,240 subscribers');
    expect(screen.getByTestId('follower-chart').querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Subscribers went from 1,150 to 1,240 (+90) over 90 days, with 2 posts.',
    );
    expect(screen.getByText('Your 1,240 subscribers have had no new post to be notified of for 6 days.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A code just for subscribers' })).toBeTruthy();
    expect(screen.getByText(/on this channel before anywhere else, and say so: subscribers learn/)).toBeTruthy();
    expect(container.querySelector('.detail')!.textContent).not.toMatch(/follower/i);
  });

  test('a nudge answered "not now" is saved for that page and idea, then the page reloads', async () => {
    const item = listItem();
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { saved: true }));
    render(<Popup readTab={noTab} />);
    const [first] = await screen.findAllByTestId('nudge');
    fireEvent.click(first!.querySelector('button:nth-child(2)')!);
    await waitFor(() => expect(sent.filter((m) => m.type === 'page-detail')).toHaveLength(2));
    expect(sent).toContainEqual({ type: 'idea-action', pageId: 'facebook:le.bistro', ideaId: 'exclusive_first_look', action: 'snoozed' });
  });

  test('a page whose DOM could not be read says so, and still shows the last good data', async () => {
    const item = listItem({}, { lastMissing: ['followers', 'post dates'] });
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('could-not-read')).textContent).toMatch(/Could not read this page/);
    expect(screen.getByTestId('last-status').textContent).toBe('Last post 6 days ago');
  });

  test('"I just posted" records a manual status for the selected page', async () => {
    const item = listItem({ state: 'unknown', lastOwnAt: undefined, sinceMs: undefined });
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { recorded: true, postId: `manual:${NOW}` }));
    const readTab = vi.fn(noTab);
    render(<Popup readTab={readTab} />);
    expect((await screen.findByTestId('last-status')).textContent).toBe('No post read yet');
    fireEvent.click(screen.getByTestId('manual-post'));
    await screen.findByText('Noted.');
    expect(sent).toContainEqual({ type: 'record-post', pageId: 'facebook:le.bistro', at: NOW, precision: 'minute' });
    // The list is read again; the tab and the store status, which did not change, are not.
    await waitFor(() => expect(sent.filter((m) => m.type === 'list-pages')).toHaveLength(2));
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(sent.filter((m) => m.type === 'store-status')).toHaveLength(1);
  });

  test('a change made in another surface (the overlay) shows in the open popup without a reload', async () => {
    let item = listItem();
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { recorded: true }));
    render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('last-status')).textContent).toBe('Last post 6 days ago');
    item = listItem({ state: 'on-track', lastOwnAt: NOW, sinceMs: 0, lastPrecision: 'minute', approximate: false });
    fromWorker({ type: 'page-changed', pageId: item.page.id });
    await waitFor(() => expect(screen.getByTestId('last-status').textContent).toBe('Last post just now'));
    expect(screen.getByTestId('page-row').querySelector('[role=img]')?.getAttribute('aria-label')).toBe('On track');
  });

  test('a mistaken "I just posted" is undone: the hand-made record is removed and the popup says so', async () => {
    const item = listItem();
    background((m) =>
      m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : m.type === 'record-post' ? { recorded: true, postId: `manual:${NOW}` } : { removed: true },
    );
    render(<Popup readTab={noTab} />);
    fireEvent.click(await screen.findByTestId('manual-post'));
    fireEvent.click(await screen.findByTestId('manual-post-undo'));
    await screen.findByText('Removed: that post no longer counts.');
    expect(sent).toContainEqual({ type: 'remove-manual-post', pageId: 'facebook:le.bistro', postId: `manual:${NOW}` });
  });

  test('a post recorded by hand earlier can be removed from the recent posts', async () => {
    const item = listItem({ lastSource: 'manual' });
    const detail = detailOf(item);
    detail.recentPosts = [{ pageId: item.page.id, postId: 'manual:123', publishedAt: NOW - DAY, precision: 'minute', firstSeenAt: NOW, lastSeenAt: NOW, source: 'manual' }, ...detail.recentPosts];
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detail : { removed: true }));
    render(<Popup readTab={noTab} />);
    const remove = await screen.findAllByTestId('remove-manual-post');
    expect(remove).toHaveLength(1); // the read post has no such button
    fireEvent.click(remove[0]!);
    await waitFor(() => expect(sent).toContainEqual({ type: 'remove-manual-post', pageId: 'facebook:le.bistro', postId: 'manual:123' }));
  });

  test.each([
    ['en', 'Watched: no goal, no reminders'],
    ['fr', 'Observée : ni objectif ni rappel'],
  ] as const)('a watched page is not the admin\'s own: no "I just posted", no goal, no overdue colour (%s)', async (language, state) => {
    uiLanguage.current = language;
    const item = listItem({}, { role: 'watch' });
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    const last = await screen.findByTestId('last-status');
    expect(last.classList.contains('state-overdue')).toBe(false);
    expect(screen.queryByTestId('manual-post')).toBeNull();
    expect(document.querySelector('.detail-state')?.textContent?.trim()).toBe(state);
    expect(screen.getByTestId('page-row').querySelector('[role=img]')?.getAttribute('aria-label')).toBe(state);
    expect(screen.getByRole('heading', { level: 2, name: language === 'en' ? 'What this page does: ideas to borrow' : 'Ce que fait cette page : des idées à reprendre' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: language === 'en' ? 'Done' : 'Fait' })).toBeNull();
  });

  test.each([
    ['en', 'Facebook hides post dates here: tap “I just posted” after you post.', 'Facebook hides post dates here: the last post shown is the newest one it gives a date for.'],
    [
      'fr',
      'Facebook masque ici les dates des publications\u00a0: appuyez sur «\u00a0Je viens de publier\u00a0» après avoir publié.',
      'Facebook masque ici les dates des publications\u00a0: la dernière publication indiquée est la plus récente dont il donne la date.',
    ],
  ] as const)('a site that hides its dates: the note points to "I just posted" only on the admin\'s page, which has it (%s)', async (language, own, watched) => {
    uiLanguage.current = language;
    const shown = async (role: 'mine' | 'watch') => {
      const item = listItem({}, { role, lastHidden: ['post.date'] });
      background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
      const view = render(<Popup readTab={noTab} />);
      const note = (await screen.findByTestId('dates-hidden')).textContent;
      const button = screen.queryByTestId('manual-post') !== null;
      view.unmount();
      return { note, button };
    };
    expect(await shown('mine')).toEqual({ note: own, button: true });
    expect(await shown('watch')).toEqual({ note: watched, button: false });
  });

  test('a watched page whose reminders the admin turned on keeps its rhythm and colour', async () => {
    const item = listItem({}, { role: 'watch', muted: false });
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('last-status')).classList.contains('state-overdue')).toBe(true);
  });

  test.each([
    ['en', 'Mario Zechner on X'],
    ['fr', 'Mario Zechner sur X'],
  ] as const)('the site beside the page name is said in words, never a bare "X" that reads as a close button (%s)', async (language, heading) => {
    uiLanguage.current = language;
    const item = listItem({}, { id: 'x:badlogicgames', site: 'x', handle: 'badlogicgames', name: 'Mario Zechner' });
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    const name = await screen.findByRole('heading', { level: 1, name: /Mario Zechner/ });
    expect(name.textContent?.replace(/\s+/g, ' ')).toBe(heading);
  });

  test.each([
    ['en', 'Marked done: “A first look, here first” will not be suggested again for 30 days.', 'I just posted'],
    ['fr', 'Marquée comme faite : « En avant-première, ici » ne vous sera plus proposée pendant 30 jours.', 'Je viens de publier'],
  ] as const)('"Done" says what it did and, with no post read since, offers "I just posted" (%s)', async (language, note, button) => {
    uiLanguage.current = language;
    const item = listItem();
    background((m) =>
      m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : m.type === 'record-post' ? { recorded: true, postId: 'manual:1' } : { saved: true },
    );
    render(<Popup readTab={noTab} />);
    const [first] = await screen.findAllByTestId('nudge');
    fireEvent.click(first!.querySelector('.button-primary')!);
    const done = await screen.findByTestId('idea-done');
    expect(done.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain(note);
    const offer = screen.getByTestId('idea-done-posted');
    expect(offer.textContent).toBe(button);
    fireEvent.click(offer);
    await waitFor(() => expect(sent.some((m) => m.type === 'record-post')).toBe(true));
  });

  test('"Done" after a post was read today does not offer "I just posted"', async () => {
    const item = listItem({ state: 'on-track', lastOwnAt: NOW - 2 * 3_600_000, sinceMs: 2 * 3_600_000 });
    background((m) => (m.type === 'list-pages' ? [item] : m.type === 'page-detail' ? detailOf(item) : { saved: true }));
    render(<Popup readTab={noTab} />);
    const [first] = await screen.findAllByTestId('nudge');
    fireEvent.click(first!.querySelector('.button-primary')!);
    await screen.findByTestId('idea-done');
    expect(screen.queryByTestId('idea-done-posted')).toBeNull();
  });

  test('error: says the data could not be read and offers to try again', async () => {
    let fail = true;
    background((m) => {
      if (fail) throw new Error('store is read-only');
      return m.type === 'list-pages' ? [] : null;
    });
    render(<Popup readTab={noTab} />);
    expect((await screen.findByRole('alert')).textContent).toMatch('Your data could not be read just now.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Animateur');
    fail = false;
    fireEvent.click(screen.getByText('Try again'));
    await screen.findByText('Keep your pages alive');
  });

  test('clicking through pages faster than they load shows the last one clicked', async () => {
    const first = listItem();
    const second = listItem({ state: 'on-track' }, { id: 'x:cafe', site: 'x', handle: 'cafe', name: 'Café du Port' });
    let releaseFirst = () => {};
    background((m) => {
      if (m.type === 'list-pages') return [first, second];
      if (m.pageId === first.page.id) return new Promise((resolve) => (releaseFirst = () => resolve(detailOf(first))));
      return detailOf(second);
    });
    render(<Popup readTab={noTab} />);
    const rows = await screen.findAllByTestId('page-row');
    fireEvent.click(rows[1]!);
    await screen.findByRole('link', { name: 'Café du Port' });
    releaseFirst();
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('link', { name: 'Café du Port' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Le Bistro' })).toBeNull();
  });

  test('a full disk is said plainly above the page', async () => {
    const item = listItem();
    storeStatus = { state: 'quota', since: NOW, detail: 'QuotaExceededError' };
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('store-warning')).textContent).toMatch(/disk .* is full/);
  });

  test('a panel hidden on its page can be shown again from the popup', async () => {
    const item = listItem();
    await fakeBrowser.storage.local.set({ 'overlay:facebook:le.bistro': 'hidden' });
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    fireEvent.click(await screen.findByTestId('overlay-restore'));
    await waitFor(() => expect(screen.queryByTestId('overlay-restore')).toBeNull());
    expect(await fakeBrowser.storage.local.get('overlay:facebook:le.bistro')).toEqual({ 'overlay:facebook:le.bistro': 'open' });
  });

  test('French: every string and number in the UI language', async () => {
    uiLanguage.current = 'fr';
    const item = listItem();
    background((m) => (m.type === 'list-pages' ? [item] : detailOf(item)));
    render(<Popup readTab={noTab} />);
    expect((await screen.findByTestId('last-status')).textContent).toBe('Dernière publication il y a 6 jours');
    expect(screen.getByTestId('follower-count').textContent).toBe('1\u202f240 abonnés');
    expect(screen.getByText('En retard', { exact: false })).toBeTruthy();
  });

  describe('a possible Mastodon server in the active tab', () => {
    const offer = { tabId: 7, origin: 'https://mastodon.example/*', host: 'mastodon.example' };
    const permissions = fakeBrowser as unknown as { permissions?: { request: (p: unknown) => Promise<boolean> } };

    test('offers to allow it; once the browser grants it, the server gets the script and the popup reads the page', async () => {
      let granted = false;
      const asked: unknown[] = [];
      permissions.permissions = { request: async (p) => (asked.push(p), (granted = true)) };
      background((m) => (m.type === 'list-pages' ? [] : { enabled: true }));
      render(<Popup readTab={() => Promise.resolve(granted ? { tabId: 7, observation } : null)} readInstance={() => Promise.resolve(granted ? null : offer)} />);
      expect((await screen.findByText(/mastodon\.example may be a Mastodon server/)).textContent).toContain('Your browser will ask');
      fireEvent.click(screen.getByTestId('allow-instance'));
      await screen.findByTestId('track-page');
      expect(asked).toEqual([{ origins: ['https://mastodon.example/*'] }]);
      expect(sent).toContainEqual({ type: 'enable-instance', tabId: 7, origin: 'https://mastodon.example/*' });
    });

    test('says so when the admin refuses the browser prompt, and asks nothing of the worker', async () => {
      permissions.permissions = { request: async () => false };
      background(() => []);
      render(<Popup readTab={noTab} readInstance={() => Promise.resolve(offer)} />);
      fireEvent.click(await screen.findByTestId('allow-instance'));
      expect((await screen.findByRole('alert')).textContent).toMatch(/Not allowed/);
      expect(sent.map((m) => m.type)).not.toContain('enable-instance');
    });
  });
});
