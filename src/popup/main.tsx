import { render } from 'preact';
import { Popup } from './Popup';

document.documentElement.lang = navigator.language;
render(<Popup />, document.getElementById('app')!);
