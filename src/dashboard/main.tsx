import { render } from 'preact';
import { t } from '../ui/i18n';
import { Dashboard } from './Dashboard';

document.documentElement.lang = navigator.language;
document.title = `${t('extName')} · ${t('dashboardTitle')}`;
// Best time is read on the admin's own clock.
render(<Dashboard timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />, document.getElementById('app')!);
