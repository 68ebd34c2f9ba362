import { t } from './i18n';

/** A page whose layout changed: say so plainly, and that what is shown is the last good reading. */
export function CouldNotRead() {
  return (
    <p class="could-not-read" role="note" data-testid="could-not-read">
      {t('couldNotRead')}
    </p>
  );
}
