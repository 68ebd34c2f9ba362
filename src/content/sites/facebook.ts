// Facebook's content script (manifest.json): only Facebook's adapter and what it uses. Its dates
// written as text are read by the worker (settledByWorker): the parser stays out of the page.
import { facebookPageReader } from '../../sites/facebook';
import { sendToBackground } from '../runtime';
import { startContentScript } from '../start';
import { settledByWorker } from '../worker-texts';

startContentScript(facebookPageReader, settledByWorker(facebookPageReader.settleTexts!, sendToBackground));
