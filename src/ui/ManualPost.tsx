import { useState } from 'preact/hooks';
import { t } from './i18n';

export interface ManualPostProps {
  /**
   * at: epoch ms; precision 'day' for a date picked by hand. `event` is the click or submit that
   * asked, for a caller that checks it. Resolves to the record's id (so that it can be undone),
   * or false when nothing was recorded.
   */
  onRecord: (at: number, precision: 'minute' | 'day', event: Event) => Promise<string | false | undefined>;
  /** Takes a mistaken record back; `event` is the click that asked. Resolves false when nothing was removed. */
  onUndo: (postId: string, event: Event) => Promise<boolean | void>;
  now: number;
}

/** The local date as the date input wants it: YYYY-MM-DD. */
function dayValue(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * "I just posted" for pages whose dates cannot be read. Recorded by hand, it counts until the
 * page shows a date, and never replaces one that was read.
 */
export function ManualPost({ onRecord, onUndo, now }: ManualPostProps) {
  const [picking, setPicking] = useState(false);
  const [day, setDay] = useState(dayValue(now));
  // The record just made (it can be undone), or 'undone' once it was.
  const [saved, setSaved] = useState<{ postId: string } | 'undone'>();
  const record = async (at: number, precision: 'minute' | 'day', event: Event) => {
    const postId = await onRecord(at, precision, event);
    if (postId) setSaved({ postId });
    setPicking(false);
  };
  const undo = async (postId: string, event: Event) => {
    if ((await onUndo(postId, event)) !== false) setSaved('undone');
  };
  return (
    <div class="manual-post">
      <button type="button" class="button-secondary" data-testid="manual-post" onClick={(event) => record(now, 'minute', event)}>
        {t('justPosted')}
      </button>
      {picking ? (
        <form
          class="manual-post-day"
          onSubmit={(event) => {
            event.preventDefault();
            // Noon local time keeps the day the same day in nearby time zones; today, no later than now.
            const [y, m, d] = day.split('-').map(Number);
            void record(Math.min(new Date(y!, m! - 1, d!, 12).getTime(), now), 'day', event);
          }}
        >
          <label>
            {t('postedOn')} <input type="date" value={day} max={dayValue(now)} onInput={(e) => setDay(e.currentTarget.value)} required />
          </label>
          <button type="submit" class="button-quiet">
            {t('save')}
          </button>
        </form>
      ) : (
        <button type="button" class="button-link" onClick={() => setPicking(true)}>
          {t('postedAnotherDay')}
        </button>
      )}
      {saved === 'undone' ? (
        <span class="manual-post-saved" role="status">
          {t('manualPostRemoved')}
        </span>
      ) : saved ? (
        <span class="manual-post-saved" role="status">
          {t('manualPostSaved')}{' '}
          <button type="button" class="button-link" data-testid="manual-post-undo" onClick={(event) => void undo(saved.postId, event)}>
            {t('manualPostUndo')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
