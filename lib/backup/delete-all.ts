import { browser } from 'wxt/browser';
import { announceChanges, getDatabase } from '../db';

/**
 * Back to a first-run state: every profile, job and letter, the settings (API key included), the
 * active profile and any half-typed drafts. One transaction for the database, then storage.
 */
export async function deleteAllData(): Promise<void> {
  const db = await getDatabase();
  const tx = db.transaction(['profiles', 'jobs', 'jobSummaries', 'jobStreams', 'letters'], 'readwrite');
  await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()).concat(tx.done));
  await browser.storage.local.clear();
  await announceChanges([{ store: 'all', ids: [], op: 'clear' }]);
}
