import { useState } from 'preact/hooks';
import { useNotice } from './use-notice';
import { refuseBySize, type ImportResult } from '../store/backup';
import { formatCounted } from '../ui/format';
import { t } from '../ui/i18n';

export interface BackupApi {
  exportJson(): Promise<string>;
  exportCsv(): Promise<{ posts: string; audience: string }>;
  importText(text: string): Promise<ImportResult>;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Export everything (JSON to restore, CSV to read in a spreadsheet) and import a backup. */
export function BackupSection({ api, onImported }: { api: BackupApi; onImported: () => Promise<void> }) {
  // A success goes by itself; a refusal stays until the next action, so that it can be read.
  const { notice: result, show, clear } = useNotice<ImportResult>();
  const [busy, setBusy] = useState(false);
  const importFile = async (file: File | undefined) => {
    clear();
    if (!file) return;
    setBusy(true);
    try {
      const outcome = refuseBySize(file.size) ?? (await api.importText(await file.text()));
      show(outcome, !outcome.ok);
      if (outcome.ok) await onImported();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="muted">{t('backupNote')}</p>
      <div class="backup-actions">
        <button type="button" class="button-secondary" data-testid="export-json" onClick={async () => {
            clear();
            download(`animateur-${today()}.json`, await api.exportJson(), 'application/json');
          }}>
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="button-quiet"
          onClick={async () => {
            clear();
            const csv = await api.exportCsv();
            download(`animateur-posts-${today()}.csv`, csv.posts, 'text/csv');
            download(`animateur-audience-${today()}.csv`, csv.audience, 'text/csv');
          }}
        >
          {t('exportCsv')}
        </button>
      </div>
      {/* Its own line, said in words: in French the three buttons do not fit one, and an import left alone under the exports read as a button that had wrapped. */}
      <div class="backup-actions backup-import">
        <span class="muted">{t('importLead')}</span>
        <label class="button-quiet file-button">
          {t('importJson')}
          <input type="file" accept="application/json,.json" data-testid="import-file" disabled={busy} onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'saved' : 'import-error'} data-testid="import-result">
          {result.ok
            ? t('importDone', [formatCounted('countPages', result.counts.pages), formatCounted('countPosts', result.counts.posts)])
            : t(`importError_${result.error.replaceAll('-', '_')}`)}
        </p>
      )}
    </section>
  );
}
