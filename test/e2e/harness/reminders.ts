import type { Worker } from 'playwright-core';

/** Reminders on, and no quiet hours, so what is reminded of does not depend on the hour it runs at. */
export function remindAtAnyHour(worker: Worker): Promise<void> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('animateur');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ remindersEnabled: true, quietStart: 0, quietEnd: 0 }, 'settings');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

/** Fires the real reminders alarm now, keeping its period (an unpacked extension may do so). */
export function fireReminderAlarm(worker: Worker): Promise<void> {
  return worker.evaluate(() => chrome.alarms.create('reminders', { when: Date.now() + 100, periodInMinutes: 30 }));
}
