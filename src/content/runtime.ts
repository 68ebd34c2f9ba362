// The content script talks to the extension without webextension-polyfill, which would be a
// third of a site's script (4 kB gzip): in MV3, Chrome and Firefox both return a promise from
// runtime.sendMessage and both honour a listener's sendResponse, all this script uses.
import type { BackgroundMessage, BackgroundReply, BackgroundRequests, ContentMessage, ContentReply } from '../messages';
import { retriedWhileWorkerWakes } from '../worker-wakes';

declare const browser: typeof chrome | undefined;
/** Firefox's own `browser`, else Chrome's `chrome`: the same shape for what is used here. */
const runtime = (typeof browser === 'undefined' ? chrome : browser).runtime;

export function sendToBackground<K extends keyof BackgroundRequests>(message: Extract<BackgroundMessage, { type: K }>): Promise<BackgroundReply<K>> {
  return retriedWhileWorkerWakes(() => runtime.sendMessage(message) as Promise<BackgroundReply<K>>);
}

/**
 * Answers what our popup (an extension page, never a web page) asks this script; requests from
 * anywhere else, and those `answer` leaves (undefined), go unanswered.
 */
export function answerPopup(answer: (message: ContentMessage) => Promise<ContentReply<ContentMessage['type']>> | undefined): void {
  runtime.onMessage.addListener((raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== runtime.id || sender.tab) return false;
    const reply = answer(raw as ContentMessage);
    if (!reply) return false;
    void reply.then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open until the reply is sent.
    return true;
  });
}
