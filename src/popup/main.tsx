import { render } from 'preact';
import { uiLocale } from '../ui/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLocale();
render(<Popup />, document.getElementById('app')!);
