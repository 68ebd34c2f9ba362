import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isPageChanged, sendToBackground, type PageListItem } from '../messages';
import type { IdeaRecord } from '../store/db';
import { byUrgency } from '../ui/page-order';
import type { Settings } from '../store/db';
import { t, uiLocale } from '../ui/i18n';
import { openDashboard } from '../ui/open-dashboard';
import { BackupSection, type BackupApi } from './BackupSection';
import { PageSettings } from './PageSettings';
import { RemindersSection } from './RemindersSection';
import { useNotice } from './use-notice';

type Loaded = { items: PageListItem[]; settings: Settings; dismissed: IdeaRecord[] };

export function Options({ backup }: { backup: BackupApi }) {
  const [data, setData] = useState<Loaded | 'error'>();
  const load = useCallback(async () => {
    try {
      const [items, settings, dismissed] = await Promise.all([
        sendToBackground<'list-pages'>({ type: 'list-pages' }),
        sendToBackground<'get-settings'>({ type: 'get-settings' }),
        sendToBackground<'dismissed-ideas'>({ type: 'dismissed-ideas' }),
      ]);
      // In the popup's order, so that a page is found where the admin is used to seeing it.
      items.sort(byUrgency);
      setData({ items, settings, dismissed });
    } catch (error) {
      console.debug('Animateur: options could not load', error);
      setData('error');
    }
  }, []);
  useEffect(() => {
    void load();
    // A page changed in the popup or the overlay (its role, its ideas, its deletion) shows here at once.
    const listener = (message: unknown) => {
      if (isPageChanged(message)) void load();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [load]);
  // The settings live here only, so a reload after an import or a page edit is what the next save builds on.
  const saveSettings = useCallback(async (settings: Settings) => {
    const stored = await sendToBackground<'set-settings'>({ type: 'set-settings', settings });
    setData((loaded) => (loaded === undefined || loaded === 'error' ? loaded : { ...loaded, settings: stored }));
  }, []);

    // The language alone ("français"), not the region: the strings exist per language.
  const deletedNotice = useNotice<string>();
  const code = new Intl.Locale(uiLocale()).language;
  const language = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('languageNote', language)}</p>
        <button type="button" class="button-secondary" data-testid="open-dashboard" onClick={() => void openDashboard()}>
          {t('openDashboard')}
        </button>
      </header>
      {data === undefined && <p class="muted" aria-busy="true">{t('popupLoading')}</p>}
      {data === 'error' && <p role="alert">{t('popupError')}</p>}
      {data !== undefined && data !== 'error' && (
        <>
          <section class="card" aria-labelledby="pages-heading">
            <h2 id="pages-heading">{t('pagesHeading')}</h2>
            {deletedNotice.notice && (
              <p class="saved" role="status" data-testid="page-deleted">
                {t('pageDeleted', deletedNotice.notice)}
              </p>
            )}
            {data.items.length === 0 ? (
              <p class="muted">{t('noPages')}</p>
            ) : (
              data.items.map((item) => (
                <PageSettings
                  key={item.page.id}
                  item={item}
                  remindersEnabled={data.settings.remindersEnabled}
                  dismissed={data.dismissed.filter((idea) => idea.pageId === item.page.id)}
                  onChanged={load}
                  onDeleted={(name) => deletedNotice.show(name)}
                />
              ))
            )}
          </section>
          <RemindersSection settings={data.settings} onSave={saveSettings} />
        </>
      )}
      <BackupSection api={backup} onImported={load} />
    </main>
  );
}
