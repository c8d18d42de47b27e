import { DB_VERSION, getDatabase, JOB_STORES, jobStoresOf, readAllJobRecords } from '../db';
import { activeProfileIdItem, loadSettings } from '../settings';
import { isoLocalDate } from '../letters/file-name';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './backup-format';

export interface ExportOptions {
  /** The key is a secret: it leaves the extension only when the user asks. */
  includeApiKey: boolean;
  now?: Date;
}

/** Everything the user has, read in one transaction so the three stores agree with each other. */
export async function createBackup(options: ExportOptions): Promise<BackupFile> {
  const db = await getDatabase();
  const tx = db.transaction(['profiles', ...JOB_STORES, 'letters'] as const, 'readonly');
  // Whole jobs, as the backup format has always held them: live progress and streamed text included.
  const [profiles, jobs, letters] = await Promise.all([
    tx.objectStore('profiles').getAll(),
    readAllJobRecords(jobStoresOf(tx)),
    tx.objectStore('letters').getAll(),
  ]);
  await tx.done;
  const settings = await loadSettings();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    dbVersion: DB_VERSION,
    exportedAt: (options.now ?? new Date()).getTime(),
    data: {
      profiles,
      jobs,
      letters,
      settings: options.includeApiKey ? settings : { ...settings, apiKey: '' },
      activeProfileId: await activeProfileIdItem.getValue(),
    },
  };
}

export function backupFileName(now = new Date()): string {
  return `CoverLetterStudio_backup_${isoLocalDate(now)}.json`;
}

export function serializeBackup(backup: BackupFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(backup, null, 1)}\n`);
}
