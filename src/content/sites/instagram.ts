// Instagram's content script (manifest.json): only Instagram's adapter and what it uses.
import { instagramAdapter } from '../../sites/instagram';
import { startContentScript } from '../start';

startContentScript(instagramAdapter);
