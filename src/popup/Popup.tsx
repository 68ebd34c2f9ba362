import browser from 'webextension-polyfill';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isPageChanged, sendToBackground, sendToTab, type IdeaAction, type PageDetail, type PageListItem } from '../messages';
import { MAX_POSTS_PER_MESSAGE } from '../message-limits';
import { pageIdOf } from '../store/page-id';
import type { StoreStatus } from '../store/store-error';
import type { PageRole } from '../store/db';
import { openDraft } from '../ui/draft';
import { pageName } from '../ui/name-order';
import { t } from '../ui/i18n';
import { LoadFailed } from '../ui/LoadFailed';
import { openDashboard } from '../ui/open-dashboard';
import { instanceOffer, readActiveTab, type ActiveTabPage, type InstanceOffer as Offer } from './active-tab';
import { EmptyState } from './EmptyState';
import { byUrgency } from '../ui/page-order';
import { PageList } from './PageList';
import { PageDetailView } from './PageDetailView';
import { StoreWarning } from './StoreWarning';
import { InstanceOffer } from './InstanceOffer';
import { TrackOffer } from './TrackOffer';

/** `readAt`: when the list was read, the instant its rows' "3 days ago" are told from. */
type Loaded = { items: PageListItem[]; readAt: number; activeTab: ActiveTabPage | null; instance: Offer | null; storeStatus: StoreStatus };
type Load<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready'; value: T };

export interface PopupProps {
  /** Injected by tests; the real popup reads the active tab through its content script. */
  readTab?: () => Promise<ActiveTabPage | null>;
  /** Injected by tests; the real popup looks at the active tab's address. */
  readInstance?: () => Promise<Offer | null>;
}

/** The tracked pages, most urgent first. */
async function listItems(): Promise<PageListItem[]> {
  return (await sendToBackground<'list-pages'>({ type: 'list-pages' })).sort(byUrgency);
}

export function Popup({ readTab = readActiveTab, readInstance = instanceOffer }: PopupProps) {
  const [data, setData] = useState<Load<Loaded>>({ state: 'loading' });
  const [selected, setSelected] = useState<string>();
  const [detail, setDetail] = useState<Load<PageDetail | null>>({ state: 'loading' });

  // Clicking through pages faster than they load: only the last one asked for is shown.
  const wanted = useRef<string>();
  const loadDetail = useCallback(async (pageId: string) => {
    wanted.current = pageId;
    try {
      const value = await sendToBackground<'page-detail'>({ type: 'page-detail', pageId });
      if (wanted.current === pageId) setDetail({ state: 'ready', value });
    } catch (error) {
      console.debug('Animateur: popup could not load the page', error);
      if (wanted.current === pageId) setDetail({ state: 'error' });
    }
  }, []);

  /** `prefer`: the page to select now (one just tracked); otherwise the one selected stays. */
  const load = useCallback(
    async (prefer?: string) => {
      try {
        const [items, activeTab, storeStatus] = await Promise.all([
          listItems(),
          readTab(),
          sendToBackground<'store-status'>({ type: 'store-status' }),
        ]);
        const activeId = activeTab && pageIdOf(activeTab.observation.site, activeTab.observation.page.handle);
        const keep = prefer ?? wanted.current;
        const next = items.some((i) => i.page.id === keep) ? keep : (items.find((i) => i.page.id === activeId) ?? items[0])?.page.id;
        // Asked before the list is drawn: the worker reads the detail while the popup renders.
        if (next) void loadDetail(next);
        const readAt = Date.now();
        const instance = activeTab ? null : await readInstance().catch(() => null);
        setData({ state: 'ready', value: { items, readAt, activeTab, instance, storeStatus } });
        setSelected(next);
      } catch (error) {
        console.debug('Animateur: popup could not load', error);
        setData({ state: 'error' });
      }
    },
    [readTab, readInstance, loadDetail],
  );

  useEffect(() => {
    void load();
  }, [load]);
  // A page chosen in the list (one that load() has not already asked for).
  useEffect(() => {
    if (selected && selected !== wanted.current) void loadDetail(selected);
  }, [selected, loadDetail]);

  const track = async (active: ActiveTabPage, role: PageRole) => {
    // One message carries at most so many posts; the content script sends the rest once tracked.
    const observation = { ...active.observation, posts: active.observation.posts.slice(0, MAX_POSTS_PER_MESSAGE) };
    const { pageId } = await sendToBackground<'track-page'>({ type: 'track-page', observation, role });
    await sendToTab<'page-tracked'>(active.tabId, { type: 'page-tracked' }).catch(() => undefined);
    await load(pageId);
  };
  const ideaAction = async (pageId: string, ideaId: string, action: IdeaAction) => {
    await sendToBackground<'idea-action'>({ type: 'idea-action', pageId, ideaId, action });
    await loadDetail(pageId);
  };
  const allowInstance = async (offer: Offer) => {
    // The browser's own prompt; it must come straight from the click.
    if (!(await browser.permissions.request({ origins: [offer.origin] }))) throw new Error('refused');
    await sendToBackground<'enable-instance'>({ type: 'enable-instance', tabId: offer.tabId, origin: offer.origin });
    await load();
  };
  /** Only the page's row and detail changed: the tab and the store status are as they were. */
  const reloadPage = useCallback(
    async (pageId: string) => {
      const reloadList = listItems().then((items) =>
        setData((current) => (current.state === 'ready' ? { state: 'ready', value: { ...current.value, items, readAt: Date.now() } } : current)),
      );
      await Promise.all([reloadList, wanted.current === pageId ? loadDetail(pageId) : undefined]);
    },
    [loadDetail],
  );
  const recordPost = async (pageId: string, at: number, precision: 'minute' | 'day') => {
    const { postId } = await sendToBackground<'record-post'>({ type: 'record-post', pageId, at, precision });
    await reloadPage(pageId);
    return postId;
  };
  const removePost = async (pageId: string, postId: string) => {
    await sendToBackground<'remove-manual-post'>({ type: 'remove-manual-post', pageId, postId });
    await reloadPage(pageId);
  };
  // The overlay or the options changed a page while the popup is open: show it now.
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isPageChanged(message)) void reloadPage(message.pageId);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [reloadPage]);

  // Drawn again only when the list or the selection changes: the detail's arrival (and every
  // change in the detail pane) left all 20 rows of an agency to be diffed for nothing.
  const ready = data.state === 'ready' ? data.value : undefined;
  const pageList = useMemo(
    () => ready && <PageList items={ready.items} selected={selected} onSelect={setSelected} now={ready.readAt} />,
    [ready?.items, ready?.readAt, selected],
  );

  if (data.state !== 'ready') {
    return (
      <main class="popup popup-message" aria-busy={data.state === 'loading'}>
        {/* Every state of the popup has its one h1, as the ready views have: a screen reader lands on it. */}
        <h1 class="popup-title">{t('extName')}</h1>
        {data.state === 'loading' ? (
          <p class="muted">{t('popupLoading')}</p>
        ) : (
          <LoadFailed onRetry={() => void load()} />
        )}
      </main>
    );
  }

  const now = Date.now();
  const { items, activeTab, instance, storeStatus } = data.value;
  const selectedItem = items.find((i) => i.page.id === selected);
  const activeId = activeTab && pageIdOf(activeTab.observation.site, activeTab.observation.page.handle);
  const offer =
    activeTab && !items.some((i) => i.page.id === activeId) ? (
      <TrackOffer observation={activeTab.observation} onTrack={(role) => track(activeTab, role)} />
    ) : instance ? (
      <InstanceOffer offer={instance} onAllow={() => allowInstance(instance)} />
    ) : null;
  if (items.length === 0) {
    return (
      <main class="popup popup-empty">
        <StoreWarning status={storeStatus} />
        <EmptyState offer={offer || null} />
      </main>
    );
  }
  return (
    <main class="popup">
      <nav class="sidebar" aria-label={t('pagesHeading')}>
        {offer}
        {pageList}
        <button type="button" class="button-link options-link" data-testid="open-dashboard" onClick={() => void openDashboard(selected)}>
          {t('openDashboard')}
        </button>
        <button type="button" class="button-link options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </nav>
      <div class="detail-pane" aria-busy={detail.state === 'loading'}>
        <StoreWarning status={storeStatus} />
        {detail.state === 'ready' && detail.value ? (
          <PageDetailView
            detail={detail.value}
            now={now}
            onIdeaAction={(ideaId, action) => ideaAction(detail.value!.page.id, ideaId, action)}
            onRecordPost={(at, precision) => recordPost(detail.value!.page.id, at, precision)}
            onRemovePost={(postId) => removePost(detail.value!.page.id, postId)}
            onDraft={(nudge) => {
              const { page, latestFollowers } = detail.value!;
              const record = () => sendToBackground<'idea-action'>({ type: 'idea-action', pageId: page.id, ideaId: nudge.ideaId, action: 'drafted' }).then(() => undefined);
              return openDraft(nudge, page, record, latestFollowers?.count);
            }}
          />
        ) : (
          <>
            {/* Until the detail arrives, the page's name from the list is the pane's h1, as it will be. */}
            {selectedItem && <h1 class="detail-name">{pageName(selectedItem.page)}</h1>}
            {detail.state === 'error' ? <p role="alert">{t('popupError')}</p> : <p class="muted">{t('popupLoading')}</p>}
          </>
        )}
      </div>
    </main>
  );
}
