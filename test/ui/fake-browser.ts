// The UI reads its strings through browser.i18n; tests get the real _locales files behind a
// stand-in that resolves placeholders the way the browser does.
import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogues: Record<string, Messages> = {
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')),
  fr: JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')),
};

/** current: the strings' language; browser: the browser's UI language when it differs (a language without strings). */
export const uiLanguage = { current: 'en' as 'en' | 'fr', browser: undefined as string | undefined };

/** Keys asked for that no catalogue has: Firefox logs each ("Unknown localization message"). */
export const unknownMessages: string[] = [];

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogues[uiLanguage.current]![key];
  if (!entry) {
    unknownMessages.push(key);
    return '';
  }
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
  // Placeholder names are case-insensitive, as in the browser.
  const placeholder = (name: string) =>
    Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1].content ?? '';
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => positional(placeholder(name)));
}

const stored = new Map<string, unknown>();
const messageListeners = new Set<(message: unknown) => unknown>();

/** What the service worker broadcasts to extension pages (runtime.sendMessage from the worker). */
export function fromWorker(message: unknown): void {
  for (const listener of messageListeners) listener(message);
}

export const fakeBrowser = {
  storage: {
    local: {
      get: async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) stored.set(key, value);
      },
    },
  },
  i18n: { getMessage, getUILanguage: () => uiLanguage.browser ?? uiLanguage.current },
  runtime: {
    sendMessage: () => Promise.reject(new Error('no background in unit tests')),
    openOptionsPage: () => Promise.resolve(),
    onMessage: {
      addListener: (listener: (message: unknown) => unknown) => void messageListeners.add(listener),
      removeListener: (listener: (message: unknown) => unknown) => void messageListeners.delete(listener),
    },
  },
};
