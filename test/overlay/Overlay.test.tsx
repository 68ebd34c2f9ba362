import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageGlance } from '../../src/messages';
import type { ClickChecks } from '../../src/overlay/Confirmed';
import { Overlay, type OverlayApi } from '../../src/overlay/Overlay';
import type { OverlayView } from '../../src/overlay/view-memory';
import { NOW, bistro } from '../popup/sample-data';
import { uiLanguage } from '../ui/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const DAY = 86_400_000;
const overdue: PageGlance = {
  page: bistro,
  cadence: { goalDays: 3, state: 'overdue', lastOwnAt: NOW - 6 * DAY, sinceMs: 6 * DAY, lastPrecision: 'minute', approximate: false },
  nudge: { ideaId: 'exclusive_code', reason: { key: 'reason_silent', values: { days: 6 } } },
};

/**
 * happy-dom dispatches every event as a script would (isTrusted false) and lays nothing out:
 * these checks stand for a real user's click on a plainly shown control, which only a browser
 * can judge (test/e2e/overlay-trust.e2e.ts has Chromium judge it). `seen` false: the page hid it.
 */
const user = (seen = true): ClickChecks => ({ trusted: () => true, plainlyOn: () => seen });

/** Past the delay that keeps a double click's second click off Confirm. */
const afterDoubleClickDelay = () => vi.advanceTimersByTime(600);

function fakeApi(glance: PageGlance | null, view: OverlayView = 'open') {
  const calls: string[] = [];
  const changeListeners = new Set<() => void>();
  const api: OverlayApi = {
    glance: async () => glance,
    onPageChanged: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    track: async (role) => void calls.push(`track:${role}`),
    recordPost: async (_at, precision) => {
      calls.push(`record:${precision}`);
      return 'manual:1';
    },
    removePost: async (postId) => void calls.push(`remove:${postId}`),
    ideaAction: async (ideaId, action) => void calls.push(`${action}:${ideaId}`),
    loadView: async () => view,
    saveView: async (next) => void calls.push(`view:${next}`),
    move: async () => void calls.push('move'),
  };
  /** Another surface changed the page (the worker told the content script). */
  const pageChanged = () => changeListeners.forEach((listener) => listener());
  return { api, calls, pageChanged };
}

beforeEach(() => {
  uiLanguage.current = 'en';
  vi.useFakeTimers({ toFake: ['Date', 'performance'], now: NOW });
});

describe('Overlay', () => {
  test('tracked page: last status, state and one idea; folding is remembered', async () => {
    const { api, calls } = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    expect((await screen.findByTestId('overlay-last-status')).textContent).toBe('Last post 6 days ago');
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getAllByTestId('nudge')).toHaveLength(1);
    expect(screen.queryByTestId('manual-post')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fold' }));
    expect(calls).toEqual(['view:collapsed']);
    const pill = screen.getByRole('button', { expanded: false });
    expect(pill.textContent).toBe('Last post 6 days ago');
    fireEvent.click(pill);
    expect(calls).toEqual(['view:collapsed', 'view:open']);
  });

  test('the panel can be sent to another corner, by mouse or keyboard', async () => {
    const { api, calls } = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    const move = await screen.findByRole('button', { name: 'Move to another corner' });
    expect(move.getAttribute('title')).toBe('Move to another corner');
    fireEvent.click(move);
    expect(calls).toEqual(['move']);
    // A page script's synthetic click moves nothing.
    cleanup();
    const forged = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={forged.api} checks={{ trusted: () => false, plainlyOn: () => true }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move to another corner' }));
    expect(forged.calls).toEqual([]);
  });

  test('a page left folded opens folded; a hidden one shows nothing', async () => {
    const folded = fakeApi(overdue, 'collapsed');
    const { unmount } = render(<Overlay tracked ownerView pageName="Le Bistro" api={folded.api} checks={user()} />);
    await screen.findByRole('button', { expanded: false });
    unmount();
    const hidden = fakeApi(overdue, 'hidden');
    const { container } = render(<Overlay tracked ownerView pageName="Le Bistro" api={hidden.api} />);
    await waitFor(() => expect(container.innerHTML).toBe(''));
  });

  test('dates that cannot be read: says so and offers "I just posted"', async () => {
    const { api, calls } = fakeApi({
      ...overdue,
      page: { ...bistro, lastMissing: ['post dates'] },
      cadence: { goalDays: 3, state: 'unknown' },
    });
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    expect((await screen.findByTestId('could-not-read')).textContent).toMatch(/Could not read this page/);
    fireEvent.click(screen.getByTestId('manual-post'));
    // Recorded only once confirmed, and only then said so.
    expect(screen.getByTestId('overlay-confirm-step').textContent).toMatch('Record a post for this page?');
    expect(calls).toEqual([]);
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    await waitFor(() => expect(calls).toEqual(['record:minute']));
    await screen.findByText('Noted.');
  });

  test('"I just posted" on the panel can be undone', async () => {
    const { api, calls } = fakeApi({ ...overdue, cadence: { goalDays: 3, state: 'unknown' } });
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    fireEvent.click(await screen.findByTestId('manual-post'));
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    fireEvent.click(await screen.findByTestId('manual-post-undo'));
    // Taken back only once confirmed, as it was recorded.
    expect(screen.getByTestId('overlay-confirm-step').textContent).toMatch('Remove the post you just recorded?');
    expect(calls).toEqual(['record:minute']);
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    await screen.findByText('Removed: that post no longer counts.');
    expect(calls).toEqual(['record:minute', 'remove:manual:1']);
  });

  test('a forged click on Undo removes nothing', async () => {
    const { api, calls } = fakeApi({ ...overdue, cadence: { goalDays: 3, state: 'unknown' } });
    const checks = user();
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={checks} />);
    fireEvent.click(await screen.findByTestId('manual-post'));
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    const undo = await screen.findByTestId('manual-post-undo');
    // A page script's click: not trusted, so no Confirm step comes and nothing is removed.
    checks.trusted = () => false;
    fireEvent.click(undo);
    await Promise.resolve();
    expect(screen.queryByTestId('overlay-confirm-step')).toBeNull();
    expect(calls).toEqual(['record:minute']);
  });

  test('a watched page: no "I just posted", and it is shown as watched, not overdue', async () => {
    const { api } = fakeApi({ ...overdue, page: { ...bistro, role: 'watch', lastMissing: ['post dates'] } });
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    await screen.findByText('Watched: no goal, no reminders');
    expect(screen.queryByText('Overdue')).toBeNull();
    expect(screen.queryByTestId('manual-post')).toBeNull();
  });

  test('"Done" on the panel says what it did', async () => {
    const { api, calls } = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(screen.getByTestId('overlay-confirm-step').textContent).toMatch('Mark this idea as done?');
    expect(calls).toEqual([]);
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    expect((await screen.findByTestId('idea-done')).textContent).toMatch('Marked done: “A code just for followers”');
    // On a web page, recording goes through the confirmed "I just posted" only.
    expect(screen.queryByTestId('idea-done-posted')).toBeNull();
    expect(calls).toEqual(['done:exclusive_code']);
  });

  describe("an idea's answers and its draft are the admin's own clicks, confirmed in plain view", () => {
    test.each([
      ['Not now', 'Set this idea aside for now?'],
      ['Not for me', 'Never suggest this idea again?'],
      ['Draft this', 'Open a draft of this idea?'],
    ])('%s asks first, and a click the page dispatched asks nothing', async (name, question) => {
      const forged = fakeApi(overdue);
      const { unmount } = render(<Overlay tracked ownerView pageName="Le Bistro" api={forged.api} checks={{ trusted: () => false, plainlyOn: () => true }} />);
      fireEvent.click(await screen.findByRole('button', { name }));
      expect(screen.queryByTestId('overlay-confirm-step')).toBeNull();
      unmount();

      const { api, calls } = fakeApi(overdue);
      render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user(false)} />);
      fireEvent.click(await screen.findByRole('button', { name }));
      expect(screen.getByTestId('overlay-confirm-step').textContent).toMatch(question);
      afterDoubleClickDelay();
      // The page hid or covered Confirm: nothing is saved, nothing opened.
      fireEvent.click(screen.getByTestId('overlay-confirm'));
      await screen.findByTestId('overlay-confirm-refused');
      expect(forged.calls).toEqual([]);
      expect(calls).toEqual([]);
    });
  });

  test('a YouTube channel: the idea, its reason and "Done" speak of subscribers', async () => {
    const { api } = fakeApi({ ...overdue, page: { ...bistro, id: 'youtube:bistro', site: 'youtube' } });
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    expect(await screen.findByText('No new post for 6 days: subscribers only come back when a new one notifies them.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A code just for subscribers' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    expect((await screen.findByTestId('idea-done')).textContent).toMatch('Marked done: “A code just for subscribers”');
  });

  test('a watched page\'s idea is said of that page, without "Done"', async () => {
    const { api } = fakeApi({ ...overdue, page: { ...bistro, role: 'watch' } });
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    await screen.findByText('No new post from it for 6 days.');
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });

  test('untracked page the admin runs: a discreet offer, and "not now" is remembered', async () => {
    const { api, calls } = fakeApi(null);
    render(<Overlay tracked={false} ownerView pageName="Café du Port" api={api} checks={user()} />);
    expect((await screen.findByTestId('overlay')).textContent).toMatch('Track Café du Port with Animateur?');
    fireEvent.click(screen.getByTestId('track-page'));
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    await waitFor(() => expect(calls).toEqual(['track:mine']));
    fireEvent.click(screen.getByRole('button', { name: /Not now/ }));
    expect(calls).toEqual(['track:mine', 'view:hidden']);
  });

  describe('the page cannot drive it', () => {
    test('a click a script dispatched neither tracks nor folds', async () => {
      const { api, calls } = fakeApi(overdue);
      const { unmount } = render(<Overlay tracked ownerView pageName="Le Bistro" api={api} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Fold' }));
      expect(screen.getByTestId('overlay-last-status')).toBeTruthy();
      unmount();
      render(<Overlay tracked={false} ownerView pageName="Café du Port" api={fakeApi(null).api} />);
      fireEvent.click(await screen.findByTestId('track-page'));
      expect(screen.queryByTestId('overlay-confirm-step')).toBeNull();
      expect(calls).toEqual([]);
    });

    test('Track needs a second click on Confirm, not the second click of a double click', async () => {
      const { api, calls } = fakeApi(null);
      render(<Overlay tracked={false} ownerView pageName="Café du Port" api={api} checks={user()} />);
      fireEvent.click(await screen.findByTestId('track-page'));
      fireEvent.click(screen.getByTestId('track-page'));
      fireEvent.click(screen.getByTestId('overlay-confirm'));
      expect(calls).toEqual([]);
      expect(screen.getByTestId('overlay-confirm-step').textContent).toMatch('Track Café du Port from now on?');
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByTestId('overlay-confirm-step')).toBeNull();
      expect(calls).toEqual([]);
    });

    test('a Confirm the page hid or covered changes nothing, and says where to go instead', async () => {
      const { api, calls } = fakeApi(null);
      render(<Overlay tracked={false} ownerView pageName="Café du Port" api={api} checks={user(false)} />);
      fireEvent.click(await screen.findByTestId('track-page'));
      afterDoubleClickDelay();
      fireEvent.click(screen.getByTestId('overlay-confirm'));
      expect((await screen.findByTestId('overlay-confirm-refused')).textContent).toMatch('toolbar');
      expect(calls).toEqual([]);
    });
  });

  test.each([
    ['en' as const, 'Watch this page', 'It’s mine'],
    ['fr' as const, 'Observer cette page', 'C’est ma page'],
  ])('untracked page seen as a visitor (%s): Watch first, It’s mine second, each confirmed', async (language, watch, mine) => {
    uiLanguage.current = language;
    const { api, calls } = fakeApi(null);
    render(<Overlay tracked={false} ownerView={false} pageName="Le Bistro Volney" api={api} checks={user()} />);
    await screen.findByTestId('overlay');
    expect(screen.getAllByRole('button').map((button) => button.textContent).slice(0, 2)).toEqual([watch, mine]);
    fireEvent.click(screen.getByTestId('watch-page'));
    afterDoubleClickDelay();
    fireEvent.click(screen.getByTestId('overlay-confirm'));
    await waitFor(() => expect(calls).toEqual(['track:watch']));
  });

  test('a site that hides its dates by design: said calmly, with "I just posted", never "could not read"', async () => {
    const { api } = fakeApi({ ...overdue, page: { ...bistro, lastHidden: ['post.date'] } });
    render(<Overlay tracked ownerView={false} pageName="Le Bistro" api={api} checks={user()} />);
    expect((await screen.findByTestId('dates-hidden')).textContent).toBe('Facebook hides post dates here: tap “I just posted” after you post.');
    expect(screen.getByTestId('manual-post')).toBeTruthy();
    expect(screen.queryByTestId('could-not-read')).toBeNull();
  });

  test('a watched page whose site hides its dates: no "I just posted" to point to, so the note says what the last post is', async () => {
    const { api } = fakeApi({ ...overdue, page: { ...bistro, role: 'watch', lastHidden: ['post.date'] } });
    render(<Overlay tracked ownerView={false} pageName="Le Bistro" api={api} checks={user()} />);
    expect((await screen.findByTestId('dates-hidden')).textContent).toBe('Facebook hides post dates here: the last post shown is the newest one it gives a date for.');
    expect(screen.queryByTestId('manual-post')).toBeNull();
  });

  test('French', async () => {
    uiLanguage.current = 'fr';
    const { api } = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    expect((await screen.findByTestId('overlay-last-status')).textContent).toBe('Dernière publication il y a 6 jours');
    expect(screen.getByRole('button', { name: 'Replier' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Déplacer dans un autre coin' })).toBeTruthy();
  });

  test('a change made in another surface (the popup\'s "I just posted") shows at once, without a reload', async () => {
    const { api, pageChanged } = fakeApi(overdue);
    let glance: PageGlance = overdue;
    api.glance = async () => glance;
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} checks={user()} />);
    await screen.findByText('Overdue');
    glance = { ...overdue, cadence: { ...overdue.cadence, state: 'on-track', lastOwnAt: NOW, sinceMs: 0, lastSource: 'manual' } };
    pageChanged();
    expect((await screen.findByTestId('overlay-last-status')).textContent).toBe('Last post just now');
    expect(screen.getByText('On track')).toBeTruthy();
  });
});
