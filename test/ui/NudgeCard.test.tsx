import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { IdeaAction } from '../../src/messages';
import { REASONS } from '../../src/insights/reasons';
import { formatReason } from '../../src/ui/format';
import { NudgeCard } from '../../src/ui/NudgeCard';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const nudge = { ideaId: 'exclusive_first_look', reason: { key: 'reason_rhythm_broken', values: { usualDays: 2, days: 9 } } } as const;

beforeEach(() => {
  uiLanguage.current = 'en';
});

describe('NudgeCard', () => {
  test('shows the idea, its reason with formatted values, and three answers that each reach the caller', async () => {
    const answers: IdeaAction[] = [];
    render(<NudgeCard nudge={nudge} site="facebook" onAction={async (a) => void answers.push(a)} />);
    expect(screen.getByRole('heading').textContent).toBe('A first look, here first');
    expect(screen.getByText(/2 days.*9 days|9 days.*2 days/)).toBeTruthy();
    for (const [i, label] of ['Done', 'Not now', 'Not for me'].entries()) {
      // A card is busy until its answer is saved: one answer at a time.
      await waitFor(() => expect(screen.getByRole('button', { name: label }).hasAttribute('disabled')).toBe(false));
      fireEvent.click(screen.getByRole('button', { name: label }));
      await waitFor(() => expect(answers).toHaveLength(i + 1));
    }
    expect(answers).toEqual(['done', 'snoozed', 'dismissed']);
  });

  test('"Draft this" only where the surface offers it, and its note once the composer opened', async () => {
    const { unmount } = render(<NudgeCard nudge={nudge} site="facebook" onAction={async () => {}} />);
    expect(screen.queryByTestId('draft-idea')).toBeNull();
    unmount();
    let drafts = 0;
    render(<NudgeCard nudge={nudge} site="facebook" onAction={async () => {}} onDraft={async () => (drafts++, { how: 'copied', text: 'Hello' })} />);
    fireEvent.click(screen.getByTestId('draft-idea'));
    expect((await screen.findByTestId('draft-note')).textContent).toMatch(/copied: paste it/);
    expect(drafts).toBe(1);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('a draft the clipboard refused is shown to copy by hand', async () => {
    render(<NudgeCard nudge={nudge} site="facebook" onAction={async () => {}} onDraft={async () => ({ how: 'copy-failed', text: 'Tip of the day: …' })} />);
    fireEvent.click(screen.getByTestId('draft-idea'));
    expect(((await screen.findByRole('textbox')) as HTMLTextAreaElement).value).toBe('Tip of the day: …');
  });

  test('compact (overlay): no body text', () => {
    render(<NudgeCard nudge={nudge} site="facebook" compact onAction={async () => {}} />);
    expect(screen.queryByText(/before anywhere else/)).toBeNull();
  });

  test('French', () => {
    uiLanguage.current = 'fr';
    render(<NudgeCard nudge={nudge} site="facebook" onAction={async () => {}} />);
    expect(screen.getByRole('button', { name: 'Pas maintenant' })).toBeTruthy();
    expect(screen.getByText(/9 jours/)).toBeTruthy();
  });

  test('a watched page: the reason says what that page does, and there is no "Done"', () => {
    render(<NudgeCard nudge={nudge} site="facebook" peer onAction={async () => {}} />);
    expect(screen.getByText('It usually posts every 2 days; it has been 9 days.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Not for me' })).toBeTruthy();
  });

  test('a watched YouTube channel: the reason says what its subscribers did', () => {
    const milestone = { ideaId: 'milestone_thank_you', reason: { key: 'reason_milestone_passed', values: { milestone: 10_000 } } } as const;
    render(<NudgeCard nudge={milestone} site="youtube" peer onAction={async () => {}} />);
    expect(screen.getByText('It has just passed 10,000 subscribers.')).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('Thank your subscribers');
  });

  test.each(['en', 'fr'] as const)('every reason has its watched-page wording (%s)', (language) => {
    uiLanguage.current = language;
    for (const key of Object.keys(REASONS) as (keyof typeof REASONS)[]) {
      const values = Object.fromEntries(Object.keys(REASONS[key]).map((name) => [name, 3]));
      const said = formatReason({ key, values }, 'facebook', true);
      expect(said, key).not.toBe(`${key}_peer`);
      if (language === 'en') expect(said, key).not.toMatch(/\b(you|your)\b/i);
      else expect(said, key).not.toMatch(/\b(vous|vos|votre)\b/i);
    }
  });
});
