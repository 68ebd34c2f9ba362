import { fireEvent, render } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FollowerChart } from '../../src/ui/FollowerChart';
import { groupPosts } from '../../src/insights/post-groups';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const DAY = 86_400_000;
const to = new Date(2026, 10, 26, 12).getTime();
const from = to - 90 * DAY;
const samples = [
  { at: from - DAY, count: 980 },
  { at: from + 30 * DAY, count: 1000 },
  { at: to - DAY, count: 1100 },
];
/** A post a day for 76 days: once a solid band of 76 dots. */
const daily = Array.from({ length: 76 }, (_, i) => ({ at: from + (i + 10) * DAY, text: `Post ${i}`, kind: 'photo' as const, reactions: i }));

const ys = (container: Element) =>
  container.querySelector('polyline')!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[1]));

beforeEach(() => {
  uiLanguage.current = 'en';
});

describe('FollowerChart', () => {
  test('a group whose label says the change in words', () => {
    const { getByRole } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts([{ at: from + DAY }, { at: to - 3 * DAY }], from, to)} from={from} to={to} />);
    expect(getByRole('group').getAttribute('aria-label')).toBe('Followers went from 980 to 1,100 (+120) over 90 days, with 2 posts.');
  });

  test('a YouTube channel\'s summary speaks of subscribers, in both languages', () => {
    const { getByRole, unmount } = render(<FollowerChart site="youtube" samples={samples} groups={groupPosts([], from, to)} from={from} to={to} />);
    expect(getByRole('group').getAttribute('aria-label')).toBe('Subscribers went from 980 to 1,100 (+120) over 90 days, with 0 posts.');
    unmount();
    uiLanguage.current = 'fr';
    const french = render(<FollowerChart site="youtube" samples={samples} groups={groupPosts([], from, to)} from={from} to={to} />);
    expect(french.getByRole('group').getAttribute('aria-label')).toMatch(/^Les abonnés sont passés de 980 à 1\s100/);
  });

  test('the words name the window drawn: a year is a year, not 90 days (the dashboard’s ranges)', () => {
    const { getByRole } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts([], to - 365 * DAY, to)} from={to - 365 * DAY} to={to} />);
    expect(getByRole('group').getAttribute('aria-label')).toBe('Followers went from 980 to 1,100 (+120) over 365 days, with 0 posts.');
  });

  test('the curve stays inside the frame: a sample before the window starts at its left edge', () => {
    const { container } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts([], from, to)} from={from} to={to} width={400} height={100} />);
    const xs = container.querySelector('polyline')!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(400);
    // Highest count drawn highest (SVG y grows downwards).
    expect(ys(container).at(-1)).toBeLessThan(ys(container)[0]!);
  });

  test('a y-axis with round values around the curve, and the start and end values written out', () => {
    const { container, getByTestId } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts([], from, to)} from={from} to={to} />);
    const ticks = [...container.querySelectorAll('[data-testid=chart-count-tick]')].map((t) => t.textContent);
    expect(ticks).toHaveLength(2);
    const [low, high] = ticks.map((t) => Number(t!.replace(/,/g, '')));
    expect(low).toBeLessThanOrEqual(980);
    expect(high).toBeGreaterThanOrEqual(1100);
    expect(container.querySelector('.chart-start')!.textContent).toBe('980');
    expect(getByTestId('chart-end-label').textContent).toBe('1,100');
  });

  test('+7 followers on 1,000 is a gentle rise, not a cliff from floor to ceiling', () => {
    const flat = [{ at: from, count: 1000 }, { at: to - DAY, count: 1007 }];
    const { container } = render(<FollowerChart site="facebook" samples={flat} groups={groupPosts([], from, to)} from={from} to={to} width={480} height={150} />);
    const [start, end] = [ys(container)[0]!, ys(container).at(-1)!];
    const plotHeight = 150 - 10 - 34;
    expect(start - end).toBeGreaterThan(0);
    expect((start - end) / plotHeight).toBeLessThan(0.3);
  });

  test('the end label sits right of the line, where no marker or curve reaches', () => {
    const { container, getByTestId } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts(daily, from, to)} from={from} to={to} width={480} />);
    const labelX = Number(getByTestId('chart-end-label').getAttribute('x'));
    const lineXs = container.querySelector('polyline')!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[0]));
    const markerXs = [...container.querySelectorAll('.chart-hit')].map((c) => Number(c.getAttribute('cx')) + Number(c.getAttribute('r')));
    expect(labelX).toBeGreaterThan(Math.max(...lineXs, ...markerXs));
  });

  test('dates on the time axis: the first of each month in the window', () => {
    const { container } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts([], from, to)} from={from} to={to} />);
    const dates = [...container.querySelectorAll('[data-testid=chart-date-tick]')].map((t) => t.textContent);
    expect(dates).toEqual(['Sep 1', 'Oct 1', 'Nov 1']);
  });

  test('76 daily posts over a quarter: one marker per week, bigger for more posts', () => {
    const { container } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts(daily, from, to)} from={from} to={to} />);
    const groups = [...container.querySelectorAll('[data-testid=chart-post-group]')];
    expect(groups.length).toBeGreaterThanOrEqual(11);
    expect(groups.length).toBeLessThanOrEqual(13);
    const radii = groups.map((g) => Number(g.querySelector('.chart-marker')!.getAttribute('r')));
    const full = groups.findIndex((g) => /7 posts/.test(g.getAttribute('aria-label')!));
    expect(radii[full]).toBe(Math.max(...radii));
    expect(Math.min(...radii)).toBeLessThan(radii[full]!);
  });

  test('a month window groups per day', () => {
    const month = [{ at: to - 2 * DAY }, { at: to - 2 * DAY + 3_600_000 }, { at: to - 5 * DAY }];
    const { container } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts(month, to - 30 * DAY, to)} from={to - 30 * DAY} to={to} />);
    expect([...container.querySelectorAll('[data-testid=chart-post-group]')].map((g) => g.getAttribute('aria-label'))).toEqual([
      'Nov 21: 1 post',
      'Nov 24: 2 posts',
    ]);
  });

  test('one tab stop; arrow keys move from marker to marker, each showing its posts in a tooltip', () => {
    const { container, getByTestId, queryByTestId } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts(daily, from, to)} from={from} to={to} />);
    const groups = [...container.querySelectorAll<SVGGElement>('[data-testid=chart-post-group]')];
    expect(groups.map((g) => g.getAttribute('tabindex')).filter((t) => t === '0')).toHaveLength(1);
    expect(queryByTestId('chart-tip')).toBeNull();

    fireEvent.focus(groups[0]!);
    expect(getByTestId('chart-tip').getAttribute('role')).toBe('tooltip');
    expect(groups[0]!.getAttribute('aria-describedby')).toBe(getByTestId('chart-tip').id);
    fireEvent.keyDown(groups[0]!, { key: 'ArrowRight' });
    const second = container.querySelectorAll('[data-testid=chart-post-group]')[1]!;
    expect(second.getAttribute('tabindex')).toBe('0');
    expect(getByTestId('chart-tip').textContent).toContain(second.getAttribute('aria-label')!);

    fireEvent.keyDown(second, { key: 'End' });
    const tip = getByTestId('chart-tip').textContent!;
    // Newest first: date, kind, reactions and text of the week's last posts, the rest counted.
    expect(tip).toContain('Photo · 75 reactions');
    expect(tip).toContain('Post 75');
    fireEvent.keyDown(container.querySelectorAll('[data-testid=chart-post-group]')[groups.length - 1]!, { key: 'Escape' });
    expect(queryByTestId('chart-tip')).toBeNull();
  });

  test('a tooltip on hover lists at most three posts and counts the rest', () => {
    const { container, getByTestId, queryByTestId } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts(daily, from, to)} from={from} to={to} />);
    const full = [...container.querySelectorAll('[data-testid=chart-post-group]')].find((g) => /7 posts/.test(g.getAttribute('aria-label')!))!;
    fireEvent.mouseEnter(full);
    expect(getByTestId('chart-tip').querySelectorAll('li')).toHaveLength(3);
    expect(getByTestId('chart-tip').textContent).toContain('and 4 more');
    fireEvent.mouseLeave(full);
    expect(queryByTestId('chart-tip')).toBeNull();
  });

  test('with fewer than two samples: no curve, and a sentence instead', () => {
    const { container, getByRole } = render(<FollowerChart site="facebook" samples={samples.slice(0, 1)} groups={groupPosts([], from, to)} from={from} to={to} />);
    expect(container.querySelector('polyline')).toBeNull();
    expect(getByRole('group').getAttribute('aria-label')).toBe('The curve appears after a few visits to the page.');
  });

  test('French numbers and words', () => {
    uiLanguage.current = 'fr';
    const month = [{ at: to - 2 * DAY, kind: 'video' as const, reactions: 1 }];
    const { getByRole, container, getByTestId } = render(<FollowerChart site="facebook" samples={samples} groups={groupPosts(month, to - 30 * DAY, to)} from={to - 30 * DAY} to={to} />);
    expect(getByRole('group').getAttribute('aria-label')).toMatch(/^Les abonnés sont passés de 980 à 1\u202f100 \(\+120\)/);
    const marker = container.querySelector('[data-testid=chart-post-group]')!;
    expect(marker.getAttribute('aria-label')).toBe('24 nov. : 1 publication');
    fireEvent.focus(marker);
    expect(getByTestId('chart-tip').textContent).toContain('Vidéo · 1 réaction');
  });
});
