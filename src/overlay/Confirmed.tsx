import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { clickPlainlyOn, watchVisibility, type VisibilityWatch } from './plainly-visible';

/** What the confirm step checks; the browser's own checks unless a test gives others. */
export interface ClickChecks {
  /** A real click by the user, not one a script dispatched. */
  trusted(event: Event): boolean;
  /** A real click on the element as plainly shown (see clickPlainlyOn). */
  plainlyOn(element: HTMLElement, event: MouseEvent, watch?: VisibilityWatch): boolean;
}

export const BROWSER_CHECKS: ClickChecks = {
  trusted: (event) => event.isTrusted,
  plainlyOn: clickPlainlyOn,
};

/**
 * A double click's second click comes within this of the first: a confirm clicked sooner was
 * not read, and may be a page's trap (its own button under ours, double-click me).
 */
const CONFIRM_DELAY_MS = 500;

/** `question`: what this control's confirm step asks, when its controls ask different things. */
export type Ask = (event: Event, run: () => Promise<void>, question?: string) => Promise<boolean>;

export interface ConfirmedProps {
  /** The question the confirm step asks, e.g. "Track Le Bistro from now on?", unless the control names its own. */
  question?: string;
  checks?: ClickChecks;
  /** The controls that start the action: each calls ask(event, run) from its click handler. */
  children: (ask: Ask) => ComponentChildren;
}

/**
 * What changes the store from the overlay (track this page, I just posted and its Undo, an idea's answers and
 * its draft) is done only after a second real click, on a Confirm shown beside the first control,
 * that a page script can neither dispatch nor hide: the page could restyle our host or lay a
 * decoy over it. `ask` resolves true
 * once the action ran, false when cancelled or refused.
 */
export function Confirmed({ question, checks = BROWSER_CHECKS, children }: ConfirmedProps) {
  const [asking, setAsking] = useState<{ run: () => Promise<void>; question?: string; since: number; settle: (done: boolean) => void }>();
  const [refused, setRefused] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const watch = useRef<VisibilityWatch>();

  useEffect(() => {
    if (!asking || !confirmRef.current) return;
    watch.current = watchVisibility(confirmRef.current);
    return () => watch.current?.stop();
  }, [asking]);

  const ask: Ask = (event, run, asked) => {
    if (!checks.trusted(event) || asking) return Promise.resolve(false);
    setRefused(false);
    return new Promise((settle) => setAsking({ run, question: asked ?? question, since: performance.now(), settle }));
  };
  const confirm = async (event: MouseEvent) => {
    if (!asking || performance.now() - asking.since < CONFIRM_DELAY_MS) return;
    if (!checks.plainlyOn(event.currentTarget as HTMLElement, event, watch.current)) {
      setRefused(true);
      return;
    }
    setAsking(undefined);
    await asking.run();
    asking.settle(true);
  };
  const cancel = (event: Event) => {
    if (!asking || !checks.trusted(event)) return;
    setAsking(undefined);
    asking.settle(false);
  };

  return (
    <>
      {children(ask)}
      {asking && (
        <div class="confirm-step" role="group" aria-label={asking.question} data-testid="overlay-confirm-step">
          <span class="confirm-question">{asking.question}</span>
          <button type="button" class="button-primary" data-testid="overlay-confirm" ref={confirmRef} onClick={(e) => void confirm(e)}>
            {t('overlayConfirm')}
          </button>
          <button type="button" class="button-quiet" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      )}
      {refused && (
        <p class="confirm-refused" role="alert" data-testid="overlay-confirm-refused">
          {t('overlayConfirmRefused')}
        </p>
      )}
    </>
  );
}
