// Mastodon's content script: registered at run time on the instances the admin granted (see
// background/mastodon-hosts.ts), and carrying only Mastodon's adapter.
import { mastodonAdapter } from '../../sites/mastodon';
import { startContentScript } from '../start';

startContentScript(mastodonAdapter);
