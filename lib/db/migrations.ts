import { notApplied, type CoverLetter, type GenerationJob } from '../schema';
import type { Migration } from './database';

type StoredRecord = Record<string, unknown>;

/**
 * How a record written by version n becomes one of version n+1, per store. The database
 * migrations below and backup import both run these, so an old backup upgrades exactly the way
 * an old database does. RECORD_UPGRADES[n] upgrades version n to n+1 (index 0: nothing existed).
 */
export interface RecordUpgrade {
  profiles?: (old: StoredRecord) => StoredRecord;
  jobs?: (old: StoredRecord) => StoredRecord;
  letters?: (old: StoredRecord) => StoredRecord;
}

/** v1 → v2: leases, attempt history, usage and streamed text on jobs; findings and edits on letters. */
export function upgradeJobToV2(old: StoredRecord): StoredRecord {
  return {
    ...old,
    lease: old['lease'] ?? null,
    history: old['history'] ?? [],
    usage: old['usage'] ?? { inputTokens: 0, outputTokens: 0 },
    streamedText: old['streamedText'] ?? '',
    previousLetterId: old['previousLetterId'] ?? null,
  };
}

export function upgradeLetterToV2(old: StoredRecord): StoredRecord {
  return { ...old, findings: old['findings'] ?? [], editedParts: old['editedParts'] ?? [], editedAt: old['editedAt'] ?? null };
}

/** v2 → v3: every job gets an application status; existing jobs start as "Not applied". */
export function upgradeJobAddApplication(old: StoredRecord): StoredRecord {
  return { ...old, application: old['application'] ?? notApplied() };
}

export const RECORD_UPGRADES: RecordUpgrade[] = [{}, { jobs: upgradeJobToV2, letters: upgradeLetterToV2 }, { jobs: upgradeJobAddApplication }];

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
      await cursor.update(upgradeJobToV2(cursor.value as unknown as StoredRecord) as unknown as GenerationJob);
      cursor = await cursor.continue();
    }
    let letterCursor = await tx.objectStore('letters').openCursor();
    while (letterCursor) {
      await letterCursor.update(upgradeLetterToV2(letterCursor.value as unknown as StoredRecord) as unknown as CoverLetter);
      letterCursor = await letterCursor.continue();
    }
  },
  // v3: application tracking (status, dates of each change, note) on every job.
  async (_db, tx) => {
    let cursor = await tx.objectStore('jobs').openCursor();
    while (cursor) {
      await cursor.update(upgradeJobAddApplication(cursor.value as unknown as StoredRecord) as unknown as GenerationJob);
      cursor = await cursor.continue();
    }
  },
];

/** Upgrades records stored at `fromVersion` to the current version, store by store. */
export function upgradeRecords(store: keyof RecordUpgrade, records: StoredRecord[], fromVersion: number): StoredRecord[] {
  let upgraded = records;
  for (let version = fromVersion; version < MIGRATIONS.length; version++) {
    const upgrade = RECORD_UPGRADES[version]?.[store];
    if (upgrade) upgraded = upgraded.map(upgrade);
  }
  return upgraded;
}
