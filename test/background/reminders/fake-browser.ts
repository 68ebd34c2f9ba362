// The slice of the extension API that reminders use, in memory, with the real en messages, so
// that reminders run in unit tests as they do in the worker (webextension-polyfill is mocked
// to this object by each test file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

/** Chrome's substitution: $NAME$ → its placeholder's content ($1 …) → the substitution given. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export interface CreatedNotification {
  id: string;
  options: { title: string; message: string; buttons?: { title: string }[] };
}

export function fakeBrowser() {
  const local = new Map<string, unknown>();
  const state = {
    local,
    notifications: new Map<string, CreatedNotification['options']>(),
    created: [] as CreatedNotification[],
    openedTabs: [] as string[],
    /** Firefox: runtime.getBrowserInfo exists, and notifications.create refuses the buttons option. */
    firefox: false,
  };
  const browser = {
    i18n: { getUILanguage: () => 'en-US', getMessage },
    runtime: new Proxy(
      { getURL: (path: string) => `chrome-extension://test/${path}` } as Record<string, unknown>,
      { has: (target, name) => (name === 'getBrowserInfo' ? state.firefox : name in target) },
    ),
    storage: {
      local: {
        async get(key: string) {
          return local.has(key) ? { [key]: structuredClone(local.get(key)) } : {};
        },
        async set(items: Record<string, unknown>) {
          for (const [key, value] of Object.entries(items)) local.set(key, structuredClone(value));
        },
      },
    },
    notifications: {
      async create(id: string, options: CreatedNotification['options']) {
        if (state.firefox && 'buttons' in options) throw new Error('Type error for parameter options: Unexpected property "buttons"');
        state.created.push({ id, options });
        state.notifications.set(id, options);
        return id;
      },
      async clear(id: string) {
        return state.notifications.delete(id);
      },
    },
    tabs: {
      async create({ url }: { url: string }) {
        state.openedTabs.push(url);
      },
    },
  };
  return { browser, state };
}
