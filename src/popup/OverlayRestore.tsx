import { useEffect, useState } from 'preact/hooks';
import { loadView, saveView } from '../overlay/view-memory';
import { t } from '../ui/i18n';

/** "Hide on this page" is undone here, where the admin looks when the panel is gone. */
export function OverlayRestore({ pageId }: { pageId: string }) {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    void loadView(pageId, 'open').then((view) => setHidden(view === 'hidden'));
  }, [pageId]);
  if (!hidden) return null;
  return (
    <button
      type="button"
      class="button-link overlay-restore"
      data-testid="overlay-restore"
      onClick={async () => {
        await saveView(pageId, 'open');
        setHidden(false);
      }}
    >
      {t('showOverlayAgain')}
    </button>
  );
}
