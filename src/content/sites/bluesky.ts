// Bluesky's content script (manifest.json): only Bluesky's adapter and what it uses.
import { blueskyAdapter } from '../../sites/bluesky';
import { startContentScript } from '../start';

startContentScript(blueskyAdapter);
