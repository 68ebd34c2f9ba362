import { t } from './i18n';

/** What the popup and the dashboard say when the worker could not answer: the error, and a way to ask again. */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <p role="alert">
      {t('popupError')}{' '}
      <button type="button" class="button-link" onClick={onRetry}>
        {t('retry')}
      </button>
    </p>
  );
}
