import { render } from 'preact';
import { exportAll, importBackup } from '../store/backup';
import { dbConnection } from '../store/connection';
import { csvSeparatorFor, audienceCsv, postsCsv } from '../store/csv';
import { t, uiLocale } from '../ui/i18n';
import type { BackupApi } from './BackupSection';
import { Options } from './Options';

// Backups go straight to the store: the options page shares the extension's origin, and a file
// of years of history is too large to pass through messages comfortably.
const db = dbConnection();
const backup: BackupApi = {
  exportJson: async () => JSON.stringify(await exportAll(await db())),
  exportCsv: async () => {
    const { data } = await exportAll(await db());
    // The spreadsheet that opens the file follows the computer's language, as the browser does.
    const separator = csvSeparatorFor(navigator.language);
    return { posts: postsCsv(data.posts, separator), audience: audienceCsv(data.followers, separator) };
  },
  importText: async (text) => importBackup(await db(), text),
};

document.documentElement.lang = uiLocale();
document.title = `${t('extName')} · ${t('optionsTitle')}`;
render(<Options backup={backup} />, document.getElementById('app')!);
