import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageGlance } from '../../src/messages';
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

function fakeApi(glance: PageGlance | null, view: OverlayView = 'open') {
  const calls: string[] = [];
  const api: OverlayApi = {
    glance: async () => glance,
    track: async (role) => void calls.push(`track:${role}`),
    recordPost: async (_at, precision) => void calls.push(`record:${precision}`),
    ideaAction: async (ideaId, action) => void calls.push(`${action}:${ideaId}`),
    loadView: async () => view,
    saveView: async (next) => void calls.push(`view:${next}`),
  };
  return { api, calls };
}

beforeEach(() => {
  uiLanguage.current = 'en';
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

describe('Overlay', () => {
  test('tracked page: last status, state and one idea; folding is remembered', async () => {
    const { api, calls } = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} />);
    expect((await screen.findByTestId('overlay-last-status')).textContent).toBe('Last status 6 days ago');
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getAllByTestId('nudge')).toHaveLength(1);
    expect(screen.queryByTestId('manual-post')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fold' }));
    expect(calls).toEqual(['view:collapsed']);
    const pill = screen.getByRole('button', { expanded: false });
    expect(pill.textContent).toBe('Last status 6 days ago');
    fireEvent.click(pill);
    expect(calls).toEqual(['view:collapsed', 'view:open']);
  });

  test('a page left folded opens folded; a hidden one shows nothing', async () => {
    const folded = fakeApi(overdue, 'collapsed');
    const { unmount } = render(<Overlay tracked ownerView pageName="Le Bistro" api={folded.api} />);
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
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} />);
    expect((await screen.findByTestId('could-not-read')).textContent).toMatch(/Could not read this page/);
    fireEvent.click(screen.getByTestId('manual-post'));
    await waitFor(() => expect(calls).toEqual(['record:minute']));
  });

  test('untracked page the admin runs: a discreet offer, and "not now" is remembered', async () => {
    const { api, calls } = fakeApi(null);
    render(<Overlay tracked={false} ownerView pageName="Café du Port" api={api} />);
    expect((await screen.findByTestId('overlay')).textContent).toMatch('Track Café du Port with Animateur?');
    expect(screen.queryByTestId('watch-page')).toBeNull();
    fireEvent.click(screen.getByTestId('track-page'));
    await waitFor(() => expect(calls).toEqual(['track:mine']));
    fireEvent.click(screen.getByRole('button', { name: /Not now/ }));
    expect(calls).toEqual(['track:mine', 'view:hidden']);
  });

  test.each([
    ['en' as const, 'Watch this page', 'It’s mine'],
    ['fr' as const, 'Observer cette page', 'C’est ma page'],
  ])('untracked page seen as a visitor (%s): Watch first, It’s mine second', async (language, watch, mine) => {
    uiLanguage.current = language;
    const { api, calls } = fakeApi(null);
    render(<Overlay tracked={false} ownerView={false} pageName="Le Bistro Volney" api={api} />);
    await screen.findByTestId('overlay');
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons.slice(0, 2)).toEqual([watch, mine]);
    fireEvent.click(screen.getByTestId('watch-page'));
    await waitFor(() => expect(calls).toEqual(['track:watch']));
    fireEvent.click(screen.getByTestId('track-page'));
    await waitFor(() => expect(calls).toEqual(['track:watch', 'track:mine']));
  });

  test('a site that hides its dates by design: said calmly, with "I just posted", never "could not read"', async () => {
    const { api } = fakeApi({ ...overdue, page: { ...bistro, lastHidden: ['post.date'] } });
    render(<Overlay tracked ownerView={false} pageName="Le Bistro" api={api} />);
    expect((await screen.findByTestId('dates-hidden')).textContent).toBe('Facebook hides post dates here: tap “I just posted” after you post.');
    expect(screen.getByTestId('manual-post')).toBeTruthy();
    expect(screen.queryByTestId('could-not-read')).toBeNull();
  });

  test('French', async () => {
    uiLanguage.current = 'fr';
    const { api } = fakeApi(overdue);
    render(<Overlay tracked ownerView pageName="Le Bistro" api={api} />);
    expect((await screen.findByTestId('overlay-last-status')).textContent).toBe('Dernière publication il y a 6 jours');
    expect(screen.getByRole('button', { name: 'Replier' })).toBeTruthy();
  });
});
