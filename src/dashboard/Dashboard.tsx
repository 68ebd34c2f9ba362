import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardRange } from '../dashboard-range';
import type { Nudge } from '../insights/nudges';
import { sendToBackground, type DashboardPage, type DashboardRow, type IdeaAction } from '../messages';
import { openDraft } from '../ui/draft';
import { t, uiLocale } from '../ui/i18n';
import { LoadFailed } from '../ui/LoadFailed';
import { PageInDepth } from './PageInDepth';
import { PageRows } from './PageRows';
import { orderRows } from './row-order';

type Load<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready'; value: T };

/** The page the address names (#site:handle), so the popup and options can open one directly. */
function pageInAddress(): string | undefined {
  const hash = decodeURIComponent(location.hash.slice(1));
  return hash || undefined;
}

/** Every page at a glance, and the chosen one in depth. */
export function Dashboard({ timeZone }: { timeZone: string }) {
  const [rows, setRows] = useState<Load<DashboardRow[]>>({ state: 'loading' });
  const [selected, setSelected] = useState<string | undefined>(pageInAddress);
  const [range, setRange] = useState<DashboardRange>('90d');
  const [detail, setDetail] = useState<Load<DashboardPage | null>>({ state: 'loading' });

  const loadRows = useCallback(async () => {
    try {
      const value = await sendToBackground<'dashboard-pages'>({ type: 'dashboard-pages' });
      setRows({ state: 'ready', value });
      // Without a page in the address, the most overdue one: the first row as first shown.
      setSelected((current) => (value.some((r) => r.page.id === current) ? current : orderRows(value, 'lateness', {}, Date.now(), uiLocale())[0]?.page.id));
    } catch (error) {
      console.debug('Animateur: dashboard could not load', error);
      setRows({ state: 'error' });
    }
  }, []);

  // Switching pages or ranges faster than they load: only the last one asked for is shown.
  const wanted = useRef('');
  const loadDetail = useCallback(
    async (pageId: string, chosen: DashboardRange) => {
      const key = `${pageId}|${chosen}`;
      wanted.current = key;
      try {
        const value = await sendToBackground<'dashboard-page'>({ type: 'dashboard-page', pageId, range: chosen, timeZone });
        if (wanted.current === key) setDetail({ state: 'ready', value });
      } catch (error) {
        console.debug('Animateur: dashboard could not load the page', error);
        if (wanted.current === key) setDetail({ state: 'error' });
      }
    },
    [timeZone],
  );

  useEffect(() => void loadRows(), [loadRows]);
  useEffect(() => {
    if (!selected) return;
    history.replaceState(null, '', `#${encodeURIComponent(selected)}`);
    void loadDetail(selected, range);
  }, [selected, range, loadDetail]);

  const reload = (pageId: string) => Promise.all([loadRows(), loadDetail(pageId, range)]).then(() => undefined);
  const ideaAction = async (pageId: string, ideaId: string, action: IdeaAction) => {
    await sendToBackground<'idea-action'>({ type: 'idea-action', pageId, ideaId, action });
    await reload(pageId);
  };
  const draft = async (page: DashboardPage['page'], nudge: Nudge, followers?: number) => {
    const outcome = await openDraft(nudge, page, () => sendToBackground<'idea-action'>({ type: 'idea-action', pageId: page.id, ideaId: nudge.ideaId, action: 'drafted' }).then(() => undefined), followers);
    void loadDetail(page.id, range);
    return outcome;
  };
  const undo = async (pageId: string, ideaId: string) => {
    await sendToBackground<'restore-idea'>({ type: 'restore-idea', pageId, ideaId });
    await loadDetail(pageId, range);
  };

  const now = Date.now();
  return (
    <main class="dashboard">
      <header class="dashboard-header">
        <h1>{t('dashboardTitle')}</h1>
      </header>
      {rows.state === 'loading' && <p class="muted">{t('popupLoading')}</p>}
      {rows.state === 'error' && <LoadFailed onRetry={() => void loadRows()} />}
      {rows.state === 'ready' && rows.value.length === 0 && <p class="card">{t('dashboardEmpty')}</p>}
      {rows.state === 'ready' && rows.value.length > 0 && (
        <>
          <PageRows rows={rows.value} now={now} selected={selected} onSelect={setSelected} />
          <div aria-busy={detail.state === 'loading'}>
            {detail.state === 'ready' && detail.value ? (
              <PageInDepth
                detail={detail.value}
                now={now}
                timeZone={timeZone}
                onRange={setRange}
                onIdeaAction={(ideaId, action) => ideaAction(detail.value!.page.id, ideaId, action)}
                onDraft={(nudge) => draft(detail.value!.page, nudge, detail.value!.followers.at(-1)?.count)}
                onUndo={(ideaId) => undo(detail.value!.page.id, ideaId)}
              />
            ) : detail.state === 'error' ? (
              <p role="alert">{t('popupError')}</p>
            ) : (
              <p class="muted">{t('popupLoading')}</p>
            )}
          </div>
        </>
      )}
    </main>
  );
}
