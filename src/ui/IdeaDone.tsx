import { useState } from 'preact/hooks';
import { DAY_MS } from '../insights/day';
import { ideaTitleKey } from '../insights/ideas';
import { COOLDOWN_DAYS } from '../insights/nudges';
import type { SiteId } from '../sites/types';
import { formatDays, tForSite } from './format';
import { t } from './i18n';

export interface IdeaDoneProps {
  ideaId: string;
  /** The page's site: the idea's title in its words. */
  site: SiteId;
  /** The page's newest own post, if any: none in the last day, the post may not have been read yet. */
  lastOwnAt: number | undefined;
  now: number;
  /** Absent for a watched page: nobody posts for it from here. */
  onRecordPost?: () => Promise<void>;
}

/**
 * What "Done" did, said once the card has left: the idea is set aside for a while. When no
 * post of the page was read in the last day, the admin probably posted it where we could not
 * see (another device, a hidden date): "I just posted" is offered right there.
 */
export function IdeaDone({ ideaId, site, lastOwnAt, now, onRecordPost }: IdeaDoneProps) {
  const [recorded, setRecorded] = useState(false);
  const unseen = lastOwnAt === undefined || now - lastOwnAt > DAY_MS;
  return (
    <p class="idea-done" role="status" data-testid="idea-done">
      {t('ideaDoneNote', [tForSite(site, ideaTitleKey(ideaId)), formatDays(COOLDOWN_DAYS.done)])}
      {onRecordPost && unseen && !recorded && (
        <>
          {' '}
          {t('ideaDonePosted')}{' '}
          <button
            type="button"
            class="button-link"
            data-testid="idea-done-posted"
            onClick={async () => {
              await onRecordPost();
              setRecorded(true);
            }}
          >
            {t('justPosted')}
          </button>
        </>
      )}
      {recorded && ` ${t('manualPostSaved')}`}
    </p>
  );
}
