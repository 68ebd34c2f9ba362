import { firstCodePoints } from '../code-points';
import { milestoneReached } from '../insights/audience';
import type { Nudge } from '../insights/nudges';
import { composerFor, POST_LENGTH_LIMIT } from '../sites/composer';
import type { PageRecord } from '../store/db';
import { formatCount, pageName, tForSite } from './format';
import { t } from './i18n';

export function draftKey(ideaId: string): string {
  return `draft_${ideaId}`;
}

/**
 * The idea as a post ready to edit, in the UI language: $1 the page's name, $2 a milestone it has
 * reached (the one the nudge names, else the highest at or below its count, else the count).
 * Blanks (a poll's two options) stay as "…" for the admin to fill. A name too long for the site's
 * limit is shortened, not the sentence around it.
 */
export function draftText(nudge: Nudge, page: Pick<PageRecord, 'site' | 'name' | 'handle'>, followers?: number): string {
  // A milestone only near is not reached yet: the draft names the one the page has passed.
  const passed = nudge.reason.key === 'reason_milestone_passed' ? nudge.reason.values.milestone : undefined;
  const milestone = typeof passed === 'number' ? passed : followers !== undefined ? (milestoneReached(followers) ?? followers) : undefined;
  const fill = (name: string) => tForSite(page.site, draftKey(nudge.ideaId), [name, milestone === undefined ? '…' : formatCount(milestone)]);
  const limit = POST_LENGTH_LIMIT[page.site];
  const name = pageName(page);
  const text = fill(name);
  if ([...text].length <= limit) return text;
  const room = limit - [...fill('')].length - 1;
  return firstCodePoints(room > 0 ? fill(`${firstCodePoints(name, room)}…`) : text, limit);
}

/** What "Draft this" did, for the note under the card, and the text it drafted. */
export interface DraftOutcome {
  how: 'opened' | 'copied' | 'copy-failed';
  text: string;
}

/**
 * Opens the site's composer with the draft, from the admin's click only (nothing is sent
 * anywhere). Where the address cannot carry text, the text goes to the clipboard first: opening
 * a tab may close the popup that holds it. `record` stores the idea as drafted before the tab opens.
 */
export async function openDraft(
  nudge: Nudge,
  page: Pick<PageRecord, 'site' | 'name' | 'handle' | 'url'>,
  record: () => Promise<void>,
  followers?: number,
): Promise<DraftOutcome> {
  const text = draftText(nudge, page, followers);
  const composer = composerFor(page.site, page.url, text);
  let how: DraftOutcome['how'] = 'opened';
  if (composer.via === 'clipboard') {
    how = await navigator.clipboard.writeText(text).then(
      () => 'copied' as const,
      () => 'copy-failed' as const,
    );
  }
  await record();
  window.open(composer.url, '_blank', 'noopener');
  return { how, text };
}

/** The note under a card once its draft opened. */
export function draftNote({ how }: DraftOutcome): string {
  return t(how === 'opened' ? 'draftOpened' : how === 'copied' ? 'draftCopied' : 'draftCopyFailed');
}
