import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { BackupApi } from '../../src/options/BackupSection';
import { Options } from '../../src/options/Options';
import type { ImportResult } from '../../src/store/backup';
import { listItem } from '../popup/sample-data';
import { fakeBrowser, uiLanguage } from '../ui/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const settings = { remindersEnabled: true, quietStart: 21 * 60, quietEnd: 8 * 60 };
let sent: { type: string; [k: string]: unknown }[];
let pages = [listItem()];
let stored = settings;

function backup(result: ImportResult): BackupApi {
  return { exportJson: async () => '{}', exportCsv: async () => ({ posts: '', followers: '' }), importText: async () => result };
}

beforeEach(() => {
  uiLanguage.current = 'en';
  sent = [];
  pages = [listItem()];
  stored = settings;
  fakeBrowser.runtime.sendMessage = (async (m: { type: string }) => {
    sent.push(m);
    switch (m.type) {
      case 'list-pages':
        return pages;
      case 'get-settings':
        return stored;
      case 'set-settings':
        stored = (m as unknown as { settings: typeof settings }).settings;
        return stored;
      case 'delete-page':
        pages = [];
        return { deleted: true };
      default:
        return { updated: true };
    }
  }) as never;
});

describe('Options', () => {
  test('sets a page goal and role, and falls back to the platform default', async () => {
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 0 } })} />);
    const goal = (await screen.findByLabelText('Goal')) as HTMLSelectElement;
    expect(goal.options[0]!.textContent).toBe('Platform default (3 days)');
    fireEvent.change(goal, { target: { value: '7' } });
    await waitFor(() => expect(sent).toContainEqual({ type: 'update-page', pageId: 'facebook:le.bistro', goalDays: 7, role: 'mine' }));
    fireEvent.change(screen.getByLabelText('This page is'), { target: { value: 'watch' } });
    await waitFor(() => expect(sent).toContainEqual({ type: 'update-page', pageId: 'facebook:le.bistro', goalDays: null, role: 'watch' }));
    // Reminders stay with the role's default until chosen; choosing them sends the choice.
    fireEvent.click(screen.getByLabelText('Remind me when it is time to post'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'update-page', pageId: 'facebook:le.bistro', goalDays: null, role: 'mine', muted: true }));
  });

  test('says "Saved." only for a change the worker took', async () => {
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 0 } })} />);
    const goal = (await screen.findByLabelText('Goal')) as HTMLSelectElement;
    // The worker answers nothing to a message it refuses.
    const answer = fakeBrowser.runtime.sendMessage as unknown as (m: unknown) => Promise<unknown>;
    fakeBrowser.runtime.sendMessage = (async (m: { type: string }) => (m.type === 'update-page' ? undefined : answer(m))) as never;
    fireEvent.change(goal, { target: { value: '7' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Animateur refused this change.');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  test('a stored goal the worker would refuse is not sent back with another change', async () => {
    pages = [listItem({}, { goalDays: 0.5 })];
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 0 } })} />);
    fireEvent.change(await screen.findByLabelText('This page is'), { target: { value: 'watch' } });
    await waitFor(() => expect(sent.find((m) => m.type === 'update-page')).toMatchObject({ goalDays: null }));
  });

  test('untracking asks first, then deletes the page data', async () => {
    render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
    fireEvent.click(await screen.findByText('Stop tracking and delete its data…'));
    expect(screen.getByText('Delete everything stored about Le Bistro?')).toBeTruthy();
    expect(sent.some((m) => m.type === 'delete-page')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText(/No page tracked yet/);
    expect(sent).toContainEqual({ type: 'delete-page', pageId: 'facebook:le.bistro' });
  });

  test('reminders and quiet hours are saved as minutes after midnight', async () => {
    render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
    const from = await screen.findByLabelText('from');
    expect((from as HTMLInputElement).value).toBe('21:00');
    fireEvent.change(from, { target: { value: '22:30' } });
    await waitFor(() => expect(sent).toContainEqual({ type: 'set-settings', settings: { ...settings, quietStart: 22 * 60 + 30 } }));
    fireEvent.click(screen.getByLabelText('Remind me when a page of mine is due'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'set-settings', settings: { ...settings, quietStart: 1350, remindersEnabled: false } }));
  });

  test.each([
    ['en', 'truncated', 'This backup is incomplete (cut short during download or copy). Nothing was changed.'],
    ['fr', 'newer-version', 'Cette sauvegarde vient d’une version plus récente d’Animateur : mettez d’abord l’extension à jour. Rien n’a été modifié.'],
  ] as const)('a refused import says why (%s, %s)', async (language, error, text) => {
    uiLanguage.current = language;
    render(<Options backup={backup({ ok: false, error, detail: 'x' })} />);
    const input = await screen.findByTestId('import-file');
    fireEvent.change(input, { target: { files: [new File(['{'], 'backup.json')] } });
    expect((await screen.findByTestId('import-result')).textContent).toBe(text);
  });

  test('a file too large is refused by its size, without reading it', async () => {
    const api = backup({ ok: true, counts: { pages: 1, posts: 0, followers: 0, ideas: 0, settings: 0 } });
    const importText = vi.spyOn(api, 'importText');
    render(<Options backup={api} />);
    const huge = new File(['{}'], 'backup.json');
    Object.defineProperty(huge, 'size', { value: 600 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [huge] } });
    expect((await screen.findByTestId('import-result')).textContent).toMatch(/too large/i);
    expect(read).not.toHaveBeenCalled();
    expect(importText).not.toHaveBeenCalled();
  });

  test('a successful import reloads the pages', async () => {
    render(<Options backup={backup({ ok: true, counts: { pages: 2, posts: 1500, followers: 10, ideas: 0, settings: 1 } })} />);
    fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [new File(['{}'], 'backup.json')] } });
    expect((await screen.findByTestId('import-result')).textContent).toBe('Imported: 2 pages, 1,500 statuses.');
    expect(sent.filter((m) => m.type === 'list-pages')).toHaveLength(2);
  });

  test('after an import, a reminder toggle saves onto the imported settings, not the ones loaded before', async () => {
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 1 } })} />);
    expect(((await screen.findByLabelText('from')) as HTMLInputElement).value).toBe('21:00');
    const imported = { remindersEnabled: true, quietStart: 23 * 60, quietEnd: 6 * 60 + 30 };
    stored = imported;
    pages = [];
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['{}'], 'backup.json')] } });
    // The page list and the settings arrive in one reload: once the list shows it, the settings are in.
    await screen.findByText(/No page tracked yet/);
    fireEvent.click(screen.getByLabelText('Remind me when a page of mine is due'));
    await waitFor(() => expect(sent.filter((m) => m.type === 'set-settings')).toHaveLength(1));
    expect(sent.find((m) => m.type === 'set-settings')).toEqual({ type: 'set-settings', settings: { ...imported, remindersEnabled: false } });
    expect((screen.getByLabelText('from') as HTMLInputElement).value).toBe('23:00');
  });
});
