import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CoverLetter, GenerationJob, JobStream, JobSummary, UserProfile } from '../schema';
import { MIGRATIONS } from './migrations';

export const DB_NAME = 'cover-letter-studio';
/** Bump together with a new entry at the end of MIGRATIONS. */
export const DB_VERSION = MIGRATIONS.length;

export interface StudioDB extends DBSchema {
  profiles: { key: string; value: UserProfile; indexes: { 'by-updated': number } };
  jobs: {
    key: string;
    value: GenerationJob;
    indexes: { 'by-created': number; 'by-profile': [string, number]; 'by-status': string };
  };
  letters: { key: string; value: CoverLetter; indexes: { 'by-job': string; 'by-generated': number } };
  /** v5: the list's view of each job (lib/schema/job-summary.ts); keys end in the id so equal times still page in a fixed order. */
  jobSummaries: {
    key: string;
    value: JobSummary;
    indexes: { 'by-created': [number, string]; 'by-status': [string, number, string]; 'by-profile': [string, number, string] };
  };
  /** v5: each job's streamed text in pieces, keys [job id, offset]; none while there is no text. */
  jobStreams: { key: [string, number]; value: JobStream };
}

export type StudioStore = StoreNames<StudioDB>;
export type UpgradeTransaction = IDBPTransaction<StudioDB, StudioStore[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<StudioDB>, tx: UpgradeTransaction) => Promise<void> | void;

let opening: Promise<IDBPDatabase<StudioDB>> | null = null;

/** One connection per context; a newer version opened elsewhere makes this one close and reopen. */
export function getDatabase(): Promise<IDBPDatabase<StudioDB>> {
  if (opening) return opening;
  const attempt = Promise.resolve()
    .then(() => openStudioDatabase(DB_NAME, DB_VERSION))
    .then(
    (db) => {
      db.addEventListener('close', () => (opening = null));
      return db;
    },
    (error: unknown) => {
      // A refused open (blocked upgrade, disk full, a passing failure) is not remembered: the next call tries again.
      if (opening === attempt) opening = null;
      throw error;
    },
  );
  opening = attempt;
  return attempt;
}

/** Opens (and migrates) a database: exported so migration tests can open old versions. */
export function openStudioDatabase(name: string, version: number): Promise<IDBPDatabase<StudioDB>> {
  return openDB<StudioDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        await MIGRATIONS[v]!(db, tx);
      }
    },
    blocking(_current, _next, event) {
      // Another context needs a newer schema: step aside so it is not blocked.
      (event.target as IDBDatabase).close();
      opening = null;
    },
  });
}

/** For tests and "Delete all data": closes this context's connection. */
export async function closeDatabase(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
