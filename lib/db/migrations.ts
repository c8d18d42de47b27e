import { notApplied, summarizeJob, type CoverLetter, type GenerationJob } from '../schema';
import { jobStoresOf, putJobRecords } from './job-records';
import type { Migration, UpgradeTransaction } from './database';

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

/** Letter language, length, tone and the writing sample: the defaults every older record meant. */
export function upgradeProfileForLetterOptions(old: StoredRecord): StoredRecord {
  return { ...old, writingSample: old['writingSample'] ?? '' };
}

export function upgradeJobForLetterOptions(old: StoredRecord): StoredRecord {
  const config = (old['config'] ?? {}) as StoredRecord;
  const details = old['job'] as StoredRecord | undefined;
  const profile = old['profile'] as StoredRecord | undefined;
  return {
    ...old,
    config: { ...config, letterLanguage: config['letterLanguage'] ?? 'auto', length: config['length'] ?? 'standard', tone: config['tone'] ?? 'formal' },
    ...(details ? { job: { ...details, language: details['language'] ?? '' } } : {}),
    ...(profile ? { profile: upgradeProfileForLetterOptions(profile) } : {}),
  };
}

/** Letters written before versions existed become version 1 of their application, in English as they were written. */
export function upgradeLetterToVersions(old: StoredRecord): StoredRecord {
  const versions = old['versions'] as unknown[] | undefined;
  if (Array.isArray(versions) && versions.length > 0) return { ...old, language: old['language'] ?? 'en' };
  const text = (key: string) => (typeof old[key] === 'string' ? (old[key] as string) : '');
  const at = (old['editedAt'] ?? old['generatedAt'] ?? 0) as number;
  return {
    ...old,
    language: old['language'] ?? 'en',
    versions: [
      {
        number: 1,
        createdAt: at,
        why: 'first draft',
        content: { addressee: text('addressee'), opening: text('opening'), aboutMe: text('aboutMe'), whyMe: text('whyMe'), whyCompany: text('whyCompany') },
        findings: old['findings'] ?? [],
      },
    ],
  };
}

export const RECORD_UPGRADES: RecordUpgrade[] = [
  {},
  { jobs: upgradeJobToV2, letters: upgradeLetterToV2 },
  { jobs: upgradeJobAddApplication },
  { profiles: upgradeProfileForLetterOptions, jobs: upgradeJobForLetterOptions, letters: upgradeLetterToVersions },
  // v5 splits how jobs are stored, not what a job is: a backup's job records stay whole.
  {},
  // v6 adds to the summaries only (derived from the job records).
  {},
];

/** Runs one store's record upgrade over every record of that store, inside the upgrade transaction. */
async function upgradeStore(tx: UpgradeTransaction, store: 'profiles' | 'jobs' | 'letters', upgrade: (old: StoredRecord) => StoredRecord): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    await cursor.update(upgrade(cursor.value as unknown as StoredRecord) as never);
    cursor = await cursor.continue();
  }
}

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
  // v4: letter language, length, tone, writing sample; every letter becomes version 1 of its application.
  async (_db, tx) => {
    await upgradeStore(tx, 'profiles', upgradeProfileForLetterOptions);
    await upgradeStore(tx, 'jobs', upgradeJobForLetterOptions);
    await upgradeStore(tx, 'letters', upgradeLetterToVersions);
  },
  // v5: a small summary per job for the list (newest first, by status, by profile) and the streamed
  // text apart, so listing and progress writes stop reading and rewriting the snapshots.
  async (db, tx) => {
    const summaries = db.createObjectStore('jobSummaries', { keyPath: 'id' });
    summaries.createIndex('by-created', ['createdAt', 'id']);
    summaries.createIndex('by-status', ['status', 'createdAt', 'id']);
    summaries.createIndex('by-profile', ['profileId', 'createdAt', 'id']);
    db.createObjectStore('jobStreams', { keyPath: ['id', 'at'] });
    const stores = jobStoresOf(tx);
    let cursor = await stores.jobs.openCursor();
    while (cursor) {
      // The same split every later save makes: the job record, its summary, its streamed text.
      await putJobRecords(stores, cursor.value);
      cursor = await cursor.continue();
    }
  },
  // v6: each summary also carries the posting's id and address and the reminder time, so matching a
  // page to its job and re-arming reminders read summaries, not every job whole on each page load.
  async (_db, tx) => {
    const stores = jobStoresOf(tx);
    let cursor = await stores.jobs.openCursor();
    while (cursor) {
      const derived = summarizeJob(cursor.value);
      const summary = await stores.summaries.get(cursor.value.id);
      // The live fields (progress, lease, usage, streamed length) are the summary's own: only the new ones are added.
      await stores.summaries.put(summary ? { ...summary, jobId: derived.jobId, postingUrl: derived.postingUrl, application: derived.application } : derived);
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
