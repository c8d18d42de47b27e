import type { Migration } from './database';

/**
 * Ordered schema migrations. MIGRATIONS[n] upgrades version n to n+1; never edit one that shipped.
 * Each must be safe on data written by every earlier version.
 */
export const MIGRATIONS: Migration[] = [
  // v1: the three stores.
  (db) => {
    const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
    profiles.createIndex('by-updated', 'updatedAt');
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
    jobs.createIndex('by-created', 'createdAt');
    jobs.createIndex('by-profile', ['profileId', 'createdAt']);
    const letters = db.createObjectStore('letters', { keyPath: 'id' });
    letters.createIndex('by-job', 'jobId');
  },
  // v2: leases, attempt history and the status index for the scheduler; letters by generation time.
  async (_db, tx) => {
    const jobs = tx.objectStore('jobs');
    jobs.createIndex('by-status', 'status');
    tx.objectStore('letters').createIndex('by-generated', 'generatedAt');
    let cursor = await jobs.openCursor();
    while (cursor) {
      const old = cursor.value as Partial<import('../schema').GenerationJob> & Record<string, unknown>;
      await cursor.update({
        ...old,
        lease: old.lease ?? null,
        history: old.history ?? [],
        usage: old.usage ?? { inputTokens: 0, outputTokens: 0 },
        streamedText: old.streamedText ?? '',
        previousLetterId: old.previousLetterId ?? null,
      } as import('../schema').GenerationJob);
      cursor = await cursor.continue();
    }
    let letterCursor = await tx.objectStore('letters').openCursor();
    while (letterCursor) {
      const old = letterCursor.value;
      await letterCursor.update({ ...old, findings: old.findings ?? [], editedParts: old.editedParts ?? [], editedAt: old.editedAt ?? null });
      letterCursor = await letterCursor.continue();
    }
  },
];
