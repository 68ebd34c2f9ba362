import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NOTICE_MS } from '../../src/options/use-notice';
import type { BackupApi } from '../../src/options/BackupSection';
import { Options } from '../../src/options/Options';
import type { ImportResult } from '../../src/store/backup';
import type { IdeaRecord } from '../../src/store/db';
import { listItem, NOW } from '../popup/sample-data';
import { fakeBrowser, fromWorker, uiLanguage } from '../ui/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const settings = { remindersEnabled: true, quietStart: 21 * 60, quietEnd: 8 * 60 };
let sent: { type: string; [k: string]: unknown }[];
let pages = [listItem()];
let stored = settings;
let dismissed: IdeaRecord[] = [];
let updates: 'stored' | 'refused' = 'stored';

function backup(result: ImportResult): BackupApi {
  return { exportJson: async () => '{}', exportCsv: async () => ({ posts: '', audience: '' }), importText: async () => result };
}

beforeEach(() => {
  uiLanguage.current = 'en';
  sent = [];
  pages = [listItem()];
  stored = settings;
  dismissed = [];
  updates = 'stored';
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
      case 'dismissed-ideas':
        return dismissed;
      case 'restore-idea':
        dismissed = [];
        return { restored: true };
      case 'update-page':
        return { updated: updates === 'stored' };
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

  test('offers the page’s own rhythm as its goal where none is set', async () => {
    pages = [listItem({ medianGapMs: 4 * 86_400_000 + 3_600_000 })];
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 0 } })} />);
    const offer = await screen.findByTestId('learned-rhythm');
    expect(offer.textContent).toMatch(/You usually post every 4 days\./);
    fireEvent.click(screen.getByText('Make it the goal'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'update-page', pageId: 'facebook:le.bistro', goalDays: 4, role: 'mine' }));
  });

  test('says a watched page’s rhythm as that page’s, not the admin’s', async () => {
    pages = [listItem({ medianGapMs: 4 * 86_400_000 + 3_600_000 }, { role: 'watch' })];
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 0 } })} />);
    const offer = await screen.findByTestId('learned-rhythm');
    expect(offer.textContent).toMatch(/This page usually posts every 4 days\./);
    expect(offer.textContent).not.toMatch(/You usually/);
  });

  test('offers no rhythm where a goal is set or the rhythm is unknown', async () => {
    pages = [listItem({ medianGapMs: 4 * 86_400_000 }, { goalDays: 6 }), listItem({}, { id: 'x:other', site: 'x', handle: 'other' })];
    render(<Options backup={backup({ ok: true, counts: { pages: 0, posts: 0, followers: 0, ideas: 0, settings: 0 } })} />);
    await screen.findAllByTestId('page-settings');
    expect(screen.queryByTestId('learned-rhythm')).toBeNull();
    // A goal outside the usual choices (a learned 6 days) is among them, so the select can show it.
    const bistro = screen.getAllByTestId('page-settings').find((e) => e.dataset.pageId === 'facebook:le.bistro')!;
    expect([...bistro.querySelectorAll('option')].map((o) => o.value)).toContain('6');
    const other = screen.getAllByTestId('page-settings').find((e) => e.dataset.pageId === 'x:other')!;
    expect([...other.querySelectorAll('option')].map((o) => o.value)).not.toContain('6');
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

  test('a page deleted or changed elsewhere (the popup, the overlay) shows here without a reload', async () => {
    render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
    await screen.findByText('Stop tracking and delete its data…');
    pages = [];
    fromWorker({ type: 'page-changed', pageId: 'facebook:le.bistro' });
    await screen.findByText(/No page tracked yet/);
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
    expect((await screen.findByTestId('import-result')).textContent).toBe('Imported: 2 pages, 1,500 posts.');
    expect(sent.filter((m) => m.type === 'list-pages')).toHaveLength(2);
  });

  test.each([
    ['en', 'Imported: 1 page, 1 post.'],
    ['fr', 'Importé : 1 page, 1 publication.'],
  ] as const)('counts in the import message take their plural form (%s)', async (language, text) => {
    uiLanguage.current = language;
    render(<Options backup={backup({ ok: true, counts: { pages: 1, posts: 1, followers: 0, ideas: 0, settings: 1 } })} />);
    fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [new File(['{}'], 'backup.json')] } });
    expect((await screen.findByTestId('import-result')).textContent).toBe(text);
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

  describe('states', () => {
    afterEach(() => vi.useRealTimers());

    test('turning reminders off greys out every page\'s own reminder box', async () => {
      stored = { ...settings, remindersEnabled: false };
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      const box = (await screen.findByLabelText('Remind me when it is time to post')) as HTMLInputElement;
      expect(box.disabled).toBe(true);
      expect(box.closest('label')?.classList.contains('is-off')).toBe(true);
      fireEvent.click(screen.getByLabelText('Remind me when a page of mine is due'));
      await waitFor(() => expect((screen.getByLabelText('Remind me when it is time to post') as HTMLInputElement).disabled).toBe(false));
    });

    test('"Saved." goes after a while, and at once when the next change starts', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      fireEvent.change(await screen.findByLabelText('Goal'), { target: { value: '7' } });
      await screen.findByText('Saved.');
      act(() => void vi.advanceTimersByTime(NOTICE_MS + 100));
      expect(screen.queryByText('Saved.')).toBeNull();
      updates = 'refused';
      fireEvent.change(screen.getByLabelText('Goal'), { target: { value: '5' } });
      expect(screen.queryByText('Saved.')).toBeNull();
    });

    test('"Saved." only when the change was stored; otherwise it says it was not', async () => {
      updates = 'refused';
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      fireEvent.change(await screen.findByLabelText('Goal'), { target: { value: '7' } });
      expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Animateur refused this change.');
      expect(screen.queryByText('Saved.')).toBeNull();
    });

    test('reminder settings the worker refused are not called saved', async () => {
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      const toggle = await screen.findByLabelText('Remind me when a page of mine is due');
      const answer = fakeBrowser.runtime.sendMessage;
      fakeBrowser.runtime.sendMessage = (async (m: { type: string }) => {
        if (m.type === 'set-settings') throw new Error('disk full');
        return (answer as (m: unknown) => unknown)(m);
      }) as never;
      fireEvent.click(toggle);
      expect((await screen.findByRole('alert')).textContent).toMatch(/^Not saved/);
      expect(screen.queryByText('Saved.')).toBeNull();
    });

    test('deleting a page says it was deleted', async () => {
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      fireEvent.click(await screen.findByText('Stop tracking and delete its data…'));
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
      expect((await screen.findByTestId('page-deleted')).textContent).toBe('Le Bistro is no longer tracked: its data was deleted.');
    });

    test('an import message goes on the next action; a refusal stays until then', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      render(<Options backup={backup({ ok: false, error: 'not-json', detail: '' })} />);
      fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [new File(['{'], 'backup.json')] } });
      await screen.findByTestId('import-result');
      act(() => void vi.advanceTimersByTime(NOTICE_MS + 100));
      expect(screen.getByTestId('import-result')).toBeTruthy();
      fireEvent.click(screen.getByTestId('export-json'));
      expect(screen.queryByTestId('import-result')).toBeNull();
    });

    test('pages are in the popup\'s order: overdue first, not alphabetical', async () => {
      pages = [
        listItem({ state: 'on-track' }, { id: 'x:aaa', handle: 'aaa', name: 'Aaa' }),
        listItem({ state: 'overdue' }, { id: 'x:zzz', handle: 'zzz', name: 'Zzz' }),
      ];
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      await screen.findByText('Zzz', { exact: false });
      expect(screen.getAllByTestId('page-settings').map((el) => el.dataset.pageId)).toEqual(['x:zzz', 'x:aaa']);
    });

    test('a YouTube channel\'s idea set aside is named in its words (subscribers)', async () => {
      pages = [listItem({}, { id: 'youtube:atelier', site: 'youtube', handle: 'atelier', name: 'Atelier' })];
      dismissed = [{ pageId: 'youtube:atelier', ideaId: 'ugc_spotlight', state: 'dismissed', at: NOW }];
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      expect((await screen.findByTestId('dismissed-idea')).textContent).toMatch(/^Subscriber of the week/);
    });

    test.each([
      ['en', 'Ideas you set aside (Not for me)', 'Bring back', 'Brought back: the idea can be suggested again.'],
      ['fr', 'Idées écartées (Pas pour moi)', 'Remettre', 'Idée remise : elle pourra de nouveau vous être proposée.'],
    ] as const)('an idea marked "Not for me" can be brought back (%s)', async (language, heading, button, done) => {
      uiLanguage.current = language;
      dismissed = [{ pageId: 'facebook:le.bistro', ideaId: 'poll_favourite', state: 'dismissed', at: NOW }];
      render(<Options backup={backup({ ok: false, error: 'invalid', detail: '' })} />);
      await screen.findByText(heading);
      expect(screen.getByTestId('dismissed-idea').textContent).toMatch(language === 'en' ? 'Which do you prefer?' : 'Vous préférez lequel\u202f?');
      fireEvent.click(screen.getByRole('button', { name: button }));
      await screen.findByText(done);
      expect(sent).toContainEqual({ type: 'restore-idea', pageId: 'facebook:le.bistro', ideaId: 'poll_favourite' });
      await waitFor(() => expect(screen.queryByTestId('dismissed-idea')).toBeNull());
    });
  });
});
