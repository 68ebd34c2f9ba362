// Mastodon's content script: registered at run time on the instances the admin granted (see
// background/mastodon-hosts.ts), and carrying only Mastodon's adapter.
import { mastodonPageReader } from '../../sites/mastodon';
import { sendToBackground } from '../runtime';
import { startContentScript } from '../start';
import { settledByWorker } from '../worker-texts';

startContentScript(mastodonPageReader, settledByWorker(mastodonPageReader.settleTexts!, sendToBackground));
