import type { StoreStatus } from '../store/store-error';
import { t } from '../ui/i18n';

const MESSAGE = { quota: 'storeQuota', readonly: 'storeReadonly', other: 'storeOther' } as const;

/** Writes are failing (full disk, private window): what is shown may be behind, and why. */
export function StoreWarning({ status }: { status: StoreStatus }) {
  if (status.state === 'ok') return null;
  return (
    <p class="store-warning" role="alert" data-testid="store-warning" title={status.detail}>
      {t(MESSAGE[status.state])}
    </p>
  );
}
