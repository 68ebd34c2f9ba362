// LinkedIn's content script (manifest.json): only LinkedIn's adapter and what it uses.
import { linkedinAdapter } from '../../sites/linkedin';
import { startContentScript } from '../start';

startContentScript(linkedinAdapter);
