import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { Dashboard } from '../../src/dashboard/Dashboard';
import type { DashboardPage, DashboardRow } from '../../src/messages';
import { detailOf, listItem, NOW } from '../popup/sample-data';
import { fakeBrowser, uiLanguage } from '../ui/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const DAY = 86_400_000;
const sent: { type: string; [k: string]: unknown }[] = [];

function row(id: string, name: string, state: 'overdue' | 'on-track', overdueDaysAgo: number, change: number, site: 'facebook' | 'x' = 'facebook'): DashboardRow {
  const item = listItem({ state, overdueAt: NOW - overdueDaysAgo * DAY }, { id, name, site, handle: id.split(':')[1]! });
  return { ...item, month: { days: 30, change }, trend: [{ at: NOW - 90 * DAY, count: 1000 }, { at: NOW, count: 1000 + change }] };
}

const rows = [row('facebook:calm', 'Calm', 'on-track', -2, 40), row('facebook:le.bistro', 'Le Bistro', 'overdue', 3, -4), row('x:late', 'Late', 'overdue', 9, 12, 'x')];

function depth(pageId: string): DashboardPage {
  const detail = detailOf(listItem({}, { id: pageId }));
  const post = (postId: string, daysAgo: number, reactions: number) => ({ pageId, postId, publishedAt: NOW - daysAgo * DAY, precision: 'minute' as const, reactions, comments: 1, shares: 0, firstSeenAt: NOW, lastSeenAt: NOW, source: 'read' as const });
  return {
    page: detail.page, cadence: detail.cadence, range: '90d', from: detail.from, to: NOW, followers: detail.followers.map((p) => ({ ...p, pageId, exact: true, shown: '' })), deltas: detail.deltas,
    posts: [post('new', 1, 5), post('best', 8, 900), post('old', 20, 40)],
    postingWeeks: { known: true, withPosts: { weeks: 12, meanGain: 14, margin: 0 }, withoutPosts: { weeks: 6, meanGain: 2, margin: 0 }, verdict: 'posts-gain-more', weeks: [] },
    bestTime: { known: false, dated: 3, needed: 7 },
    journal: [{ ideaId: 'poll_favourite', state: 'done', at: NOW - 9 * DAY, outcome: { post: post('best', 8, 900), relative: 3, gainBefore: 8, gainAfter: 30 } }],
    nudges: detail.nudges,
  };
}

beforeEach(() => {
  uiLanguage.current = 'en';
  sent.length = 0;
  location.hash = '';
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  fakeBrowser.runtime.sendMessage = (async (m: { type: string; pageId?: string }) => {
    sent.push(m);
    if (m.type === 'dashboard-pages') return rows;
    if (m.type === 'dashboard-page') return depth(m.pageId!);
    return { saved: true, restored: true };
  }) as never;
});

describe('Dashboard', () => {
  test('rows sorted by lateness with the overdue summary, the latest page in depth', async () => {
    render(<Dashboard timeZone="Europe/Paris" />);
    await waitFor(() => expect(screen.getAllByTestId('dashboard-page-row')).toHaveLength(3));
    expect(screen.getAllByTestId('dashboard-page-row').map((r) => r.dataset.pageId)).toEqual(['x:late', 'facebook:le.bistro', 'facebook:calm']);
    expect(screen.getByTestId('dashboard-summary').textContent).toBe('2 of 3 pages overdue');
    await waitFor(() => expect(sent).toContainEqual({ type: 'dashboard-page', pageId: 'x:late', range: '90d', timeZone: 'Europe/Paris' }));
    expect((await screen.findByTestId('posting-weeks')).textContent).toMatch(/gained \+14 followers a week.*without, \+2.*Posting pays off here/);
    expect(screen.getByTestId('best-time').textContent).toMatch(/7 more to go \(now 3\)/);
    expect(screen.getByTestId('idea-journal').textContent).toMatch(/3× your usual engagement · followers \+30 in the 7 days after, \+8 in the 7 days before/);
  });

  test('sorts and filters the rows, sorts the posts best first, changes range and undoes a journal entry', async () => {
    location.hash = '#facebook%3Ale.bistro';
    render(<Dashboard timeZone="UTC" />);
    await screen.findAllByTestId('post-row');
    expect(sent).toContainEqual({ type: 'dashboard-page', pageId: 'facebook:le.bistro', range: '90d', timeZone: 'UTC' });
    fireEvent.change(screen.getByTestId('row-order'), { target: { value: 'growth' } });
    expect(screen.getAllByTestId('dashboard-page-row').map((r) => r.dataset.pageId)).toEqual(['facebook:calm', 'x:late', 'facebook:le.bistro']);
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'x' } });
    expect(screen.getAllByTestId('dashboard-page-row').map((r) => r.dataset.pageId)).toEqual(['x:late']);
    expect(screen.getByTestId('dashboard-summary').textContent).toBe('1 of 1 page overdue');

    expect(screen.getAllByTestId('post-row').map((r) => r.dataset.postId)).toEqual(['new', 'best', 'old']);
    fireEvent.click(screen.getByTestId('posts-by-engagement'));
    expect(screen.getAllByTestId('post-row').map((r) => r.dataset.postId)).toEqual(['best', 'old', 'new']);

    fireEvent.click(screen.getByTestId('range-1y'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'dashboard-page', pageId: 'facebook:le.bistro', range: '1y', timeZone: 'UTC' }));
    fireEvent.click(await screen.findByTestId('journal-undo'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'restore-idea', pageId: 'facebook:le.bistro', ideaId: 'poll_favourite' }));
  });

  test('a YouTube channel: its row, curve, posting weeks and journal speak of subscribers', async () => {
    const channel = row('youtube:atelier', 'Atelier', 'overdue', 2, 120);
    const youtube = { ...channel, page: { ...channel.page, site: 'youtube' as const }, latestFollowers: { ...channel.latestFollowers!, count: 10_400, exact: false } };
    fakeBrowser.runtime.sendMessage = (async (m: { type: string; pageId?: string }) => {
      if (m.type === 'dashboard-pages') return [youtube];
      if (m.type === 'dashboard-page') {
        const detail = depth(m.pageId!);
        return { ...detail, page: youtube.page };
      }
      return { saved: true };
    }) as never;
    render(<Dashboard timeZone="UTC" />);
    const depthView = await screen.findByTestId('page-in-depth');
    await waitFor(() => expect(screen.getByTestId('posting-weeks').textContent).toMatch(/the channel gained \+14 subscribers a week/));
    expect(screen.getByTestId('idea-journal').textContent).toMatch(/subscribers \+30 in the 7 days after/);
    expect(depthView.querySelector('.follower-count')!.textContent).toBe('1,240 subscribers');
    const cells = screen.getByTestId('dashboard-page-row');
    expect(cells.textContent).toMatch(/10\.4K subscribers/);
    expect(cells.querySelector('.trend-line')!.getAttribute('aria-label')).toBe('Subscribers over 90 days: +120');
    expect(depthView.querySelector('[data-testid=follower-chart] svg')!.getAttribute('aria-label')).toMatch(/^Subscribers went from/);
    expect(screen.getByRole('columnheader', { name: 'Audience (30 days)' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/follower/i);
  });

  test('a page the admin only watches is shown watched, not counted overdue, as in the popup', async () => {
    const watched = row('facebook:rival', 'Rival', 'overdue', 5, 3);
    const withWatched = [...rows, { ...watched, page: { ...watched.page, role: 'watch' as const } }];
    fakeBrowser.runtime.sendMessage = (async (m: { type: string; pageId?: string }) => {
      if (m.type === 'dashboard-pages') return withWatched;
      if (m.type === 'dashboard-page') return { ...depth(m.pageId!), page: withWatched.find((r) => r.page.id === m.pageId)!.page };
      return { saved: true };
    }) as never;
    render(<Dashboard timeZone="UTC" />);
    await waitFor(() => expect(screen.getAllByTestId('dashboard-page-row')).toHaveLength(4));
    expect(screen.getByTestId('dashboard-summary').textContent).toBe('2 of 4 pages overdue');
    const rival = screen.getAllByTestId('dashboard-page-row').find((r) => r.dataset.pageId === 'facebook:rival')!;
    const bistro = screen.getAllByTestId('dashboard-page-row').find((r) => r.dataset.pageId === 'facebook:le.bistro')!;
    expect(rival.querySelector('.status-dot')!.className).toBe('status-dot status-watched');
    expect(rival.textContent).not.toMatch(/goal:/);
    expect(bistro.textContent).toMatch(/goal: at most 3 days between posts/);
    expect(bistro.querySelector('.status-dot')!.className).toBe('status-dot status-overdue');
    // In depth, its ideas are said of that page, without "Done".
    fireEvent.click(within(rival).getByRole('button', { name: 'Rival' }));
    expect(await screen.findByRole('heading', { name: 'What this page does: ideas to borrow' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });
});
