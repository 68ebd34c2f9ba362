// YouTube's content script (manifest.json): only YouTube's adapter and what it uses.
import { youtubeAdapter } from '../../sites/youtube';
import { startContentScript } from '../start';

startContentScript(youtubeAdapter);
