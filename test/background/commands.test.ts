import { beforeEach, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({ sent: [] as { tabId: number; message: unknown }[], active: [{ id: 4 }] as { id?: number }[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: async () => fake.active,
      sendMessage: async (tabId: number, message: unknown) => {
        fake.sent.push({ tabId, message });
        return true;
      },
    },
  },
}));
const { FOCUS_OVERLAY, runCommand } = await import('../../src/background/commands');

beforeEach(() => {
  fake.sent = [];
  fake.active = [{ id: 4 }];
});

test('the shortcut asks the active tab to focus its overlay', async () => {
  await runCommand(FOCUS_OVERLAY);
  expect(fake.sent).toEqual([{ tabId: 4, message: { type: 'focus-overlay' } }]);
});

test('another command, or no active tab, sends nothing', async () => {
  await runCommand('something-else');
  fake.active = [];
  await runCommand(FOCUS_OVERLAY);
  expect(fake.sent).toEqual([]);
});

test('the manifest declares the shortcut, with a key the admin can change and a translated name', async () => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  expect(manifest.commands[FOCUS_OVERLAY]).toEqual({ suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_commandFocusOverlay__' });
});
