// Instagram's content script (manifest.json): only Instagram's adapter and what it uses.
import { instagramPageReader } from '../../sites/instagram';
import { sendToBackground } from '../runtime';
import { startContentScript } from '../start';
import { settledByWorker } from '../worker-texts';

startContentScript(instagramPageReader, settledByWorker(instagramPageReader.settleTexts!, sendToBackground));
