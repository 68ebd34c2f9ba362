import browser from 'webextension-polyfill';
import contentScript from '../content/sites/mastodon.ts?script&iife';

/**
 * Mastodon runs on thousands of instances, so no host permission is asked for at install.
 * When the admin tracks a Mastodon page, the popup asks for that one instance (an optional
 * host permission, granted by the user); the content script is then registered there, and
 * unregistered if the permission is taken back.
 */
const SCRIPT_PREFIX = 'mastodon:';

/** Instances the user granted: single hosts beyond the sites the content script is declared for. */
async function grantedInstances(): Promise<string[]> {
  const declared = new Set(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []));
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !declared.has(origin) && /^https:\/\/[^*/]+\/\*$/.test(origin));
}

/** Registered content scripts = granted instances; run at start and when permissions change. */
export async function syncMastodonScripts(): Promise<void> {
  const granted = await grantedInstances();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX) && !granted.includes(s.matches?.[0] ?? ''));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const have = new Set(registered.map((s) => s.id));
  const missing = granted.filter((origin) => !have.has(SCRIPT_PREFIX + origin));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: SCRIPT_PREFIX + origin,
        matches: [origin],
        js: [contentScript],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

/** Right after the grant: register, then run the content script in the tab already open. */
export async function enableInstance(tabId: number, origin: string): Promise<boolean> {
  if (!(await browser.permissions.contains({ origins: [origin] }))) return false;
  await syncMastodonScripts();
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
  return true;
}
