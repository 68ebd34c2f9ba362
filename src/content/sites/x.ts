// X's content script (manifest.json): only X's adapter and what it uses.
import { xAdapter } from '../../sites/x';
import { startContentScript } from '../start';

startContentScript(xAdapter);
