import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The id Chromium gives an extension loaded unpacked from `dist` (a manifest without a key): the
 * first 128 bits of the SHA-256 of its real path, each hex digit written as a letter a-p.
 */
export function unpackedExtensionId(dist: string): string {
  const hex = createHash('sha256').update(realpathSync(dist)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Prepares a profile not yet opened for a visible window: the extension's icon pinned to the
 * toolbar, as the README tells the admin to do; Chromium drawn in the desktop's GTK theme (its
 * notification popups follow no other dark setting); no offer to translate the English sample
 * pages into a French UI. Chromium reads Preferences at start and keeps what it finds there.
 */
export function writeWindowPreferences(profile: string, dist: string): void {
  const GTK = 1;
  const preferences = {
    extensions: { pinned_extensions: [unpackedExtensionId(dist)], theme: { system_theme: GTK } },
    translate: { enabled: false },
  };
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
}
