import { ideaTitleKey } from '../insights/ideas';
import type { JournalEntry, JournalOutcome } from '../insights/idea-journal';
import type { SiteId } from '../sites/types';
import { formatChange, formatRatio, formatShortDate, tForSite } from '../ui/format';
import { t } from '../ui/i18n';
import { formatPostDate } from './dates';

export interface IdeaJournalProps {
  entries: readonly JournalEntry[];
  /** The page's site: its words for the audience. */
  site: SiteId;
  /** Undo what the admin said of an idea (done, drafted, dismissed, not now). */
  onUndo: (ideaId: string) => Promise<void>;
}

/** The ideas shown, done, drafted and dismissed, and what the post after a done one did. */
export function IdeaJournal({ entries, site, onUndo }: IdeaJournalProps) {
  return (
    <section class="card" aria-labelledby="journal-heading" data-testid="idea-journal">
      <h2 id="journal-heading">{t('journalHeading')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('journalNone')}</p>
      ) : (
        <ul class="journal">
          {entries.map((entry) => (
            <li key={entry.ideaId} data-testid="journal-entry" data-idea-id={entry.ideaId} data-state={entry.state}>
              <div class="journal-head">
                <strong>{tForSite(site, ideaTitleKey(entry.ideaId))}</strong>
                <span class={`badge state-${entry.state}`}>{t(`journalState_${entry.state}`)}</span>
                <span class="muted small">{formatShortDate(entry.at)}</span>
                {entry.state !== 'shown' && (
                  <button type="button" class="button-link small" data-testid="journal-undo" onClick={() => void onUndo(entry.ideaId)}>
                    {t('journalUndo')}
                  </button>
                )}
              </div>
              {entry.outcome ? (
                <p class="small">{outcomeText(entry.outcome, site)}</p>
              ) : (
                (entry.state === 'done' || entry.state === 'drafted') && <p class="muted small">{t('journalNoPost')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function outcomeText(outcome: JournalOutcome, site: SiteId): string {
  const parts = [t('journalPost', formatPostDate(outcome.post))];
  if (outcome.relative !== undefined) {
    parts.push(t('journalRelative', formatRatio(outcome.relative)));
  }
  if (outcome.pending) parts.push(tForSite(site, 'journalPending'));
  else if (outcome.gainAfter !== undefined && outcome.gainBefore !== undefined) {
    parts.push(tForSite(site, 'journalFollowers', [formatChange(outcome.gainAfter), formatChange(outcome.gainBefore)]));
  } else parts.push(tForSite(site, 'journalFollowersUnknown'));
  return parts.join(' · ');
}
