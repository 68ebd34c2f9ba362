import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { ReminderSnooze } from '../../src/ui/ReminderSnooze';
import { fakeBrowser, uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const UNTIL = new Date(2026, 11, 3, 14, 30).getTime();
let sent: { type: string; [k: string]: unknown }[];
let until: number | undefined;

beforeEach(() => {
  uiLanguage.current = 'en';
  sent = [];
  until = undefined;
  fakeBrowser.runtime.sendMessage = (async (m: { type: string; days?: number | null }) => {
    sent.push(m);
    if (m.type === 'snooze-reminders') until = m.days === null ? undefined : UNTIL;
    return until === undefined ? {} : { snoozedUntil: until };
  }) as never;
});

test('snoozes the page for a week, says until when, and resumes', async () => {
  render(<ReminderSnooze pageId="facebook:le.bistro" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Snooze 1 week' }));
  expect(await screen.findByTestId('snoozed-until')).toHaveProperty('textContent', 'Reminders snoozed until Thu, Dec 3, 2:30 PM');
  expect(sent).toContainEqual({ type: 'snooze-reminders', pageId: 'facebook:le.bistro', days: 7 });
  fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
  await screen.findByRole('button', { name: 'Snooze 1 day' });
  expect(sent.at(-1)).toEqual({ type: 'snooze-reminders', pageId: 'facebook:le.bistro', days: null });
});

test('shows a snooze already on, in French', async () => {
  uiLanguage.current = 'fr';
  until = UNTIL;
  render(<ReminderSnooze pageId="x:someone" />);
  await waitFor(() => expect(screen.getByTestId('snoozed-until').textContent).toMatch(/^Rappels en pause jusqu’au jeu\. 3 déc\., 14:30$/));
  expect(sent).toEqual([{ type: 'reminder-snooze', pageId: 'x:someone' }]);
});
