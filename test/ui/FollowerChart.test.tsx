import { render } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FollowerChart } from '../../src/ui/FollowerChart';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const DAY = 86_400_000;
const to = Date.UTC(2026, 10, 26);
const from = to - 90 * DAY;
const samples = [
  { at: from - DAY, count: 980 },
  { at: from + 30 * DAY, count: 1000 },
  { at: to - DAY, count: 1100 },
];

beforeEach(() => {
  uiLanguage.current = 'en';
});

describe('FollowerChart', () => {
  test('an image whose label says the change in words, with one marker per status', () => {
    const { getByRole, container } = render(<FollowerChart samples={samples} statusDates={[from + DAY, to - 3 * DAY]} from={from} to={to} />);
    expect(getByRole('img').getAttribute('aria-label')).toBe('Followers went from 980 to 1,100 (+120) over 90 days, with 2 posts.');
    expect(container.querySelectorAll('.chart-marker')).toHaveLength(2);
  });

  test('the curve stays inside the frame: a sample before the window starts at its left edge', () => {
    const { container } = render(<FollowerChart samples={samples} statusDates={[]} from={from} to={to} width={400} height={100} />);
    const xs = container.querySelector('polyline')!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(400);
    // Highest count drawn highest (SVG y grows downwards).
    const ys = container.querySelector('polyline')!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys.at(-1)).toBeLessThan(ys[0]!);
  });

  test('with fewer than two samples: no curve, and a sentence instead', () => {
    const { container, getByRole } = render(<FollowerChart samples={samples.slice(0, 1)} statusDates={[]} from={from} to={to} />);
    expect(container.querySelector('polyline')).toBeNull();
    expect(getByRole('img').getAttribute('aria-label')).toBe('The curve appears after a few visits to the page.');
  });

  test('French numbers and words', () => {
    uiLanguage.current = 'fr';
    const { getByRole } = render(<FollowerChart samples={samples} statusDates={[]} from={from} to={to} />);
    expect(getByRole('img').getAttribute('aria-label')).toBe('Les abonnés sont passés de 980 à 1\u202f100 (+120) en 90 jours, avec 0 publication.');
  });
});
