import * as v from 'valibot';
import { announceChanges, DB_VERSION, getDatabase } from '../db';
import { upgradeRecords } from '../db/migrations';
import { activeProfileIdItem, loadSettings, settingsItem } from '../settings';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupDataSchema, BackupEnvelopeSchema, type BackupData } from './backup-format';

export type ImportMode = 'merge' | 'replace';

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
export function parseBackup(text: string): BackupData {
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
  return checked.output;
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
  /** The backup had no API key, so the one already here was kept. */
  keptApiKey: boolean;
}

/**
 * Writes a parsed backup in ONE transaction: all of it or, if anything fails, none of it.
 * Merge keeps what is here and adds or overwrites the backup's records by id; replace first clears.
 */
export async function applyBackup(data: BackupData, mode: ImportMode): Promise<ImportSummary> {
  const db = await getDatabase();
  const tx = db.transaction(['profiles', 'jobs', 'letters'], 'readwrite');
  const stores = { profiles: tx.objectStore('profiles'), jobs: tx.objectStore('jobs'), letters: tx.objectStore('letters') };
  const writes: Promise<unknown>[] = [];
  if (mode === 'replace') writes.push(stores.profiles.clear(), stores.jobs.clear(), stores.letters.clear());
  for (const profile of data.profiles) writes.push(stores.profiles.put(profile));
  for (const job of data.jobs) writes.push(stores.jobs.put(job));
  for (const letter of data.letters) writes.push(stores.letters.put(letter));
  try {
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A failed put aborts the transaction: nothing of it was written.
    throw new BackupError(`The import could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed. Try again.`);
  }

  // Settings live in extension storage, outside the database transaction: written only after it committed.
  const current = await loadSettings();
  const keptApiKey = data.settings.apiKey === '' && current.apiKey !== '';
  const settings = { ...data.settings, apiKey: data.settings.apiKey || current.apiKey };
  if (mode === 'replace') await settingsItem.setValue(settings);
  else await settingsItem.setValue({ ...current, ...settings });
  const activeNow = await activeProfileIdItem.getValue();
  const activeStillThere = mode === 'merge' && activeNow !== '' && (await db.get('profiles', activeNow)) !== undefined;
  if (!activeStillThere) await activeProfileIdItem.setValue(data.activeProfileId);

  await announceChanges([{ store: 'all', ids: [], op: mode === 'replace' ? 'clear' : 'put' }]);
  return { profiles: data.profiles.length, jobs: data.jobs.length, letters: data.letters.length, keptApiKey };
}

export async function importBackup(text: string, mode: ImportMode): Promise<ImportSummary> {
  return applyBackup(parseBackup(text), mode);
}
