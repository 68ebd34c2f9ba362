import { DEFAULT_SETTINGS, type Db, type Settings } from './db';

/** The one settings record, with defaults for whatever was never set. */
export async function readSettings(db: Db): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await db.get('settings', 'settings')) };
}

export async function saveSettings(db: Db, settings: Settings): Promise<Settings> {
  await db.put('settings', settings, 'settings');
  return settings;
}
