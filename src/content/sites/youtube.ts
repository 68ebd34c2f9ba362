// YouTube's content script (manifest.json): only YouTube's adapter and what it uses. Its posts'
// ages written as text are read by the worker (settledByWorker): the parser stays out of the page.
import { youtubePageReader } from '../../sites/youtube';
import { sendToBackground } from '../runtime';
import { startContentScript } from '../start';
import { settledByWorker } from '../worker-texts';

startContentScript(youtubePageReader, settledByWorker(youtubePageReader.settleTexts!, sendToBackground));
