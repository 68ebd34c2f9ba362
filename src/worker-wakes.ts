/**
 * A worker stopped while answering closes the channel; the next message wakes a new one. Every
 * request is safe to repeat (writes merge by key), so a closed channel is retried, twice.
 * Its own module, free of webextension-polyfill, so the content script can use it too.
 */
const WORKER_WENT_AWAY = /message channel closed|message port closed|Receiving end does not exist|Could not establish connection/i;

export async function retriedWhileWorkerWakes<Reply>(send: () => Promise<Reply>, retries = 2): Promise<Reply> {
  try {
    return await send();
  } catch (error) {
    if (retries === 0 || !WORKER_WENT_AWAY.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return retriedWhileWorkerWakes(send, retries - 1);
  }
}
