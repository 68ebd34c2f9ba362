// Facebook's content script (manifest.json): only Facebook's adapter and what it uses.
import { facebookAdapter } from '../../sites/facebook';
import { startContentScript } from '../start';

startContentScript(facebookAdapter);
