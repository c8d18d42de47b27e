import type { Page } from 'playwright-core';

/**
 * Reads the records of an object store of the extension's database, from one of its pages: every
 * record, or only those with the given keys (missing ones left out), in one read-only transaction.
 */
export function readStore<T = any>(page: Page, store: 'jobs' | 'jobSummaries' | 'letters' | 'profiles', keys?: string[]): Promise<T[]> {
  return page.evaluate(
    ({ storeName, wanted }) =>
      new Promise<any[]>((resolve, reject) => {
        const open = indexedDB.open('cover-letter-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) return resolve([]);
          const tx = db.transaction(storeName);
          const records: any[] = [];
          const requests = wanted ? wanted.map((key) => tx.objectStore(storeName).get(key)) : [tx.objectStore(storeName).getAll()];
          for (const request of requests) request.onsuccess = () => (wanted ? request.result !== undefined && records.push(request.result) : records.push(...request.result));
          tx.oncomplete = () => {
            db.close();
            resolve(records);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { storeName: store, wanted: keys ?? null },
  );
}

/** Stores settings the way the Settings view does (storage.local "settings"). */
export async function setSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

/** Sends a message to the background from an extension page, as the panel does. */
export function sendMessage<T = any>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** Waits until the job reaches one of the statuses, reading the database the way the panel does. */
export async function waitForJob(page: Page, jobId: string, statuses: string[], timeoutMs: number): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    last = (await readStore(page, 'jobs')).find((j) => j.id === jobId);
    if (last && statuses.includes(last.status)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`Job ${jobId} did not reach ${statuses.join('/')} in ${timeoutMs} ms; last seen: ${last?.status} ${last?.currentStep} ${last?.error ?? ''}`);
}
