import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToTab } from '../messages';
import { pageIdOf } from '../store/page-id';
import type { PageSummary } from '../store/page-summary';
import { t } from '../ui/i18n';
import { readActiveTab, type ActiveTabPage } from './active-tab';
import { PageRow } from './PageRow';
import { TrackOffer } from './TrackOffer';

type Loaded = { pages: PageSummary[]; activeTab: ActiveTabPage | null };

export function Popup() {
  const [data, setData] = useState<Loaded | null>(null);

  const load = useCallback(async () => {
    const [pages, activeTab] = await Promise.all([
      sendToBackground<'list-pages'>({ type: 'list-pages' }),
      readActiveTab(),
    ]);
    setData({ pages, activeTab });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const track = async (active: ActiveTabPage) => {
    await sendToBackground<'track-page'>({ type: 'track-page', observation: active.observation, role: 'mine' });
    await sendToTab<'page-tracked'>(active.tabId, { type: 'page-tracked' }).catch(() => undefined);
    await load();
  };

  if (!data) return <main class="popup" aria-busy="true">{t('popupLoading')}</main>;

  const active = data.activeTab;
  const activeIsTracked =
    active !== null && data.pages.some((s) => s.page.id === pageIdOf(active.observation.site, active.observation.page.handle));
  return (
    <main class="popup">
      {active && !activeIsTracked && <TrackOffer observation={active.observation} onTrack={() => track(active)} />}
      {data.pages.length === 0 ? (
        <p class="empty">{t('noPages')}</p>
      ) : (
        <ul class="pages">
          {data.pages.map((summary) => (
            <PageRow key={summary.page.id} summary={summary} now={Date.now()} />
          ))}
        </ul>
      )}
    </main>
  );
}
