import * as v from 'valibot';
import { announceChanges, DB_VERSION, getDatabase, JOB_STORES, jobStoresOf, putJobRecords } from '../db';
import { upgradeRecords } from '../db/migrations';
import { activeProfileIdItem, loadSettings, settingsItem } from '../settings';
import type { GenerationJob, Settings } from '../schema';
import { closeOpenAttempt } from '../jobs/operations';
import { sameBaseUrl } from '../schema/base-url';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupDataSchema, BackupEnvelopeSchema, type BackupData } from './backup-format';

export type ImportMode = 'merge' | 'replace';

/** Larger files are refused before a byte is read: a real backup of years of letters is a few MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** A backup as read and checked, with the names of the settings the file itself carried. */
export type ParsedBackup = BackupData & { settingKeys: ReadonlyArray<keyof Settings> };

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** "jobs[3].status" and what is wrong with it: enough to find the problem in the file. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function problems(issues: v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map(describeIssue).join('; ');
  return issues.length > 3 ? `${shown} (and ${issues.length - 3} more)` : shown;
}

/**
 * Reads and checks a whole backup without touching anything: envelope, then every record upgraded
 * through the database's own record upgrades, then validated against the current schemas.
 */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('This file is not a complete JSON file (it may be cut short or not a backup). Nothing was changed. Choose a backup made with “Export all data”.');
  }
  if (typeof json !== 'object' || json === null || (json as Record<string, unknown>)['format'] !== BACKUP_FORMAT) {
    throw new BackupError('This is not a Cover Letter Studio backup. Nothing was changed. Choose a file made with “Export all data”.');
  }
  const envelope = v.safeParse(BackupEnvelopeSchema, json);
  if (!envelope.success) throw new BackupError(`This backup is damaged (${problems(envelope.issues)}). Nothing was changed.`);
  const { version, dbVersion, data } = envelope.output;
  if (version > BACKUP_VERSION || dbVersion > DB_VERSION) {
    throw new BackupError('This backup was made by a newer version of Cover Letter Studio. Update the extension, then import it again. Nothing was changed.');
  }
  const upgraded = {
    profiles: upgradeRecords('profiles', data.profiles, dbVersion),
    jobs: upgradeRecords('jobs', data.jobs, dbVersion),
    letters: upgradeRecords('letters', data.letters, dbVersion),
    settings: data.settings,
    activeProfileId: data.activeProfileId,
  };
  const checked = v.safeParse(BackupDataSchema, upgraded);
  if (!checked.success) throw new BackupError(`This backup has invalid data (${problems(checked.issues)}). Nothing was changed.`);
  const duplicate = findDuplicateId(checked.output);
  if (duplicate) throw new BackupError(`This backup lists ${duplicate} twice. Nothing was changed.`);
  const settingKeys = Object.keys(data.settings).filter((key): key is keyof Settings => key in checked.output.settings);
  return { ...checked.output, settingKeys };
}

/** Reads a chosen file, refusing one over MAX_BACKUP_BYTES before reading it. */
export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES) {
    const mb = Math.round(file.size / (1024 * 1024));
    throw new BackupError(`This file is ${mb} MB; a backup can be at most 50 MB. Nothing was changed. Choose a file made with “Export all data”.`);
  }
  return parseBackup(await file.text());
}

/** The API address a backup would switch to, when it differs from the one in use: never applied without the user. */
export interface AddressChange {
  current: string;
  incoming: string;
}

/**
 * What a backup would change, to show before anything is written: the counts (and, for replace,
 * what is deleted) and an API address that differs from the current one.
 */
export interface ImportPreview {
  incoming: { profiles: number; jobs: number; letters: number };
  existing: { profiles: number; jobs: number; letters: number };
  addressChange: AddressChange | null;
}

export async function previewImport(data: ParsedBackup, mode: ImportMode): Promise<ImportPreview> {
  const db = await getDatabase();
  const current = await loadSettings();
  const incomingUrl = incomingSettings(data, mode, current).baseUrl;
  const [profiles, jobs, letters] = await Promise.all([db.count('profiles'), db.count('jobs'), db.count('letters')]);
  return {
    incoming: { profiles: data.profiles.length, jobs: data.jobs.length, letters: data.letters.length },
    existing: { profiles, jobs, letters },
    addressChange: sameBaseUrl(incomingUrl, current.baseUrl) ? null : { current: current.baseUrl, incoming: incomingUrl },
  };
}

/** Replace takes the file's settings whole (defaults for what it lacks); merge only what the file carries. */
function incomingSettings(data: ParsedBackup, mode: ImportMode, current: Settings): Settings {
  if (mode === 'replace') return data.settings;
  const picked: Partial<Settings> = {};
  for (const key of data.settingKeys) (picked as Record<string, unknown>)[key] = data.settings[key];
  return { ...current, ...picked };
}

/**
 * The settings after an import. The key is the one secret that matters: it only ever goes with the
 * address it was meant for. A new address is taken only when the user accepted it, and then with
 * the key cleared; otherwise the address (and its key) in use stay.
 */
export function settingsAfterImport(
  data: ParsedBackup,
  mode: ImportMode,
  current: Settings,
  address: 'keep' | 'accept',
): { settings: Settings; keptApiKey: boolean } {
  const incoming = incomingSettings(data, mode, current);
  const fileKey = data.settingKeys.includes('apiKey') ? data.settings.apiKey : '';
  if (!sameBaseUrl(incoming.baseUrl, current.baseUrl)) {
    if (address === 'accept') return { settings: { ...incoming, apiKey: '' }, keptApiKey: false };
    return { settings: { ...incoming, baseUrl: current.baseUrl, apiKey: current.apiKey }, keptApiKey: current.apiKey !== '' };
  }
  return { settings: { ...incoming, apiKey: fileKey || current.apiKey }, keptApiKey: fileKey === '' && current.apiKey !== '' };
}

/** Jobs that were waiting or running when the backup was made arrive paused: starting them spends the user's credit. */
function arrivePaused(job: GenerationJob, now: number): GenerationJob {
  if (job.status !== 'PENDING' && job.status !== 'IN_PROGRESS') return job;
  return {
    ...job,
    status: 'PAUSED',
    lease: null,
    progress: 0,
    currentStep: 'Queued',
    history: closeOpenAttempt(job, 'interrupted', 'Imported from a backup while it was running.', now),
  };
}

function findDuplicateId(data: BackupData): string | null {
  for (const store of ['profiles', 'jobs', 'letters'] as const) {
    const seen = new Set<string>();
    for (const { id } of data[store]) {
      if (seen.has(id)) return `the ${store.slice(0, -1)} ${id}`;
      seen.add(id);
    }
  }
  return null;
}

export interface ImportSummary {
  profiles: number;
  jobs: number;
  letters: number;
  /** The key already here was kept (the backup had none, or the user kept the current address). */
  keptApiKey: boolean;
  /** Jobs that arrived paused. */
  paused: number;
  /** The API address in use after the import. */
  baseUrl: string;
}

export interface ApplyOptions {
  /** What to do when the backup names another API address: keep the current one (default) or accept it with the key cleared. */
  address?: 'keep' | 'accept';
  now?: number;
}

/**
 * Writes a parsed backup in ONE transaction: all of it or, if anything fails, none of it.
 * Merge keeps what is here and adds or overwrites the backup's records by id; replace first clears.
 */
export async function applyBackup(data: ParsedBackup, mode: ImportMode, options: ApplyOptions = {}): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  const jobs = data.jobs.map((job) => arrivePaused(job, now));
  const db = await getDatabase();
  const tx = db.transaction(['profiles', ...JOB_STORES, 'letters'] as const, 'readwrite');
  const jobStores = jobStoresOf(tx);
  const stores = { profiles: tx.objectStore('profiles'), letters: tx.objectStore('letters') };
  const writes: Promise<unknown>[] = [];
  if (mode === 'replace') writes.push(stores.profiles.clear(), jobStores.jobs.clear(), jobStores.summaries.clear(), jobStores.streams.clear(), stores.letters.clear());
  for (const profile of data.profiles) writes.push(stores.profiles.put(profile));
  for (const job of jobs) writes.push(putJobRecords(jobStores, job));
  for (const letter of data.letters) writes.push(stores.letters.put(letter));
  try {
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A failed put aborts the transaction: nothing of it was written.
    throw new BackupError(`The import could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed. Try again.`);
  }

  // Settings live in extension storage, outside the database transaction: written only after it committed.
  const current = await loadSettings();
  const { settings, keptApiKey } = settingsAfterImport(data, mode, current, options.address ?? 'keep');
  await settingsItem.setValue(settings);
  await activeProfileIdItem.setValue(await chooseActiveProfile(data, mode));

  await announceChanges([{ store: 'all', ids: [], op: mode === 'replace' ? 'clear' : 'put' }]);
  return {
    profiles: data.profiles.length,
    jobs: jobs.length,
    letters: data.letters.length,
    keptApiKey,
    paused: jobs.filter((job) => job.status === 'PAUSED').length,
    baseUrl: settings.baseUrl,
  };
}

/** The active profile must be one that exists: the one in use if it still does, the backup's if it names one of its profiles, else the first. */
async function chooseActiveProfile(data: ParsedBackup, mode: ImportMode): Promise<string> {
  const db = await getDatabase();
  const exists = async (id: string) => id !== '' && (await db.get('profiles', id)) !== undefined;
  const activeNow = await activeProfileIdItem.getValue();
  if (mode === 'merge' && (await exists(activeNow))) return activeNow;
  if (await exists(data.activeProfileId)) return data.activeProfileId;
  const first = await db.getAllKeys('profiles', undefined, 1);
  return first[0] ?? '';
}

/** Parse and apply in one go, keeping the current API address: for tests and callers without a user to ask. */
export async function importBackup(text: string, mode: ImportMode, options: ApplyOptions = {}): Promise<ImportSummary> {
  return applyBackup(parseBackup(text), mode, options);
}
