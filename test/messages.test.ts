import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from './ui/fake-browser';
import { sendToBackground } from '../src/messages';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./ui/fake-browser')).fakeBrowser }));

const original = fakeBrowser.runtime.sendMessage;
afterEach(() => {
  fakeBrowser.runtime.sendMessage = original;
});

describe('sendToBackground', () => {
  test('asks again when the worker went away mid-answer', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
      .mockResolvedValueOnce([]);
    fakeBrowser.runtime.sendMessage = send as never;
    await expect(sendToBackground<'list-pages'>({ type: 'list-pages' })).resolves.toEqual([]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('gives up after two more tries, and never retries a real error', async () => {
    const gone = vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    fakeBrowser.runtime.sendMessage = gone as never;
    await expect(sendToBackground<'list-pages'>({ type: 'list-pages' })).rejects.toThrow(/Could not establish/);
    expect(gone).toHaveBeenCalledTimes(3);

    const bug = vi.fn().mockRejectedValue(new TypeError('x is undefined'));
    fakeBrowser.runtime.sendMessage = bug as never;
    await expect(sendToBackground<'list-pages'>({ type: 'list-pages' })).rejects.toThrow('x is undefined');
    expect(bug).toHaveBeenCalledTimes(1);
  });
});
