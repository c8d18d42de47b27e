/**
 * An import is all or nothing: one database transaction for every store, and the settings written
 * only once that transaction committed. The failure is made inside the database (a letter whose
 * write breaks a constraint, as a full disk or a racing tab would), never by skipping the code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase, saveJob, saveLetter, saveProfile } from '../db';
import { sampleExportSource } from '../letters/testing';
import { activeProfileIdItem, loadSettings, saveSettings } from '../settings';
import { DEFAULT_SETTINGS, type Settings } from '../schema';
import { sampleProfile } from '../testing/fixtures';
import { deleteAllData } from './delete-all';
import { createBackup, serializeBackup } from './export-backup';
import { BackupError, importBackup } from './import-backup';

const theirs: Settings = { ...DEFAULT_SETTINGS, model: 'claude-opus-5-5', paperSize: 'Letter', maxConcurrentJobs: 1 };
const mine: Settings = { ...DEFAULT_SETTINGS, model: 'claude-haiku-5-5', paperSize: 'A4', maxConcurrentJobs: 3 };

/** A backup of two profiles, one job and its letter, with settings unlike `mine`; the database is emptied after. */
async function backupOfOtherData(): Promise<{ text: string; letterId: string }> {
  const { job, letter } = sampleExportSource({ company: 'Acme' });
  await saveProfile(job.profile);
  await saveProfile(sampleProfile({ id: 'profile-backup', name: 'Grace Hopper', email: 'grace@example.com' }));
  await saveJob(job);
  await saveLetter(letter);
  await saveSettings(theirs);
  await activeProfileIdItem.setValue('profile-backup');
  const text = new TextDecoder().decode(serializeBackup(await createBackup({ includeApiKey: false })));
  await deleteAllData();
  return { text, letterId: letter.id };
}

/**
 * The letters store refuses the write: a put there becomes an add of a key that already exists,
 * which fails with a ConstraintError and aborts the transaction it belongs to (and only that one).
 */
function letterWritesFail(): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name === 'letters') {
      this.add(value, key);
      return this.add(value, key);
    }
    return put.call(this, value, key);
  });
}

async function contents() {
  const db = await getDatabase();
  return {
    profiles: (await db.getAll('profiles')).map((p) => p.id).sort(),
    jobs: (await db.getAll('jobs')).map((j) => j.id),
    letters: (await db.getAll('letters')).map((l) => l.id),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup import is one transaction', () => {
  it.each(['merge', 'replace'] as const)('%s: when the last store fails, nothing of the earlier stores is written', async (mode) => {
    const { text } = await backupOfOtherData();
    await saveProfile(sampleProfile({ id: 'profile-here', name: 'Ada Here' }));
    const before = await contents();
    expect(before).toEqual({ profiles: ['profile-here'], jobs: [], letters: [] });

    letterWritesFail();
    await expect(importBackup(text, mode)).rejects.toThrow(BackupError);
    await expect(importBackup(text, mode)).rejects.toThrow(/Nothing was changed/);
    vi.restoreAllMocks();

    // Profiles and jobs come before letters: none of them may have landed, and replace cleared nothing.
    expect(await contents()).toEqual(before);
  });

  it('the same backup imports whole once the database accepts it (the failure above was the database, not the file)', async () => {
    const { text, letterId } = await backupOfOtherData();
    await importBackup(text, 'replace');
    const after = await contents();
    expect(after.profiles).toEqual(['profile-ada', 'profile-backup']);
    expect(after.jobs).toHaveLength(1);
    expect(after.letters).toEqual([letterId]);
    expect(await loadSettings()).toMatchObject({ model: theirs.model, paperSize: theirs.paperSize, maxConcurrentJobs: theirs.maxConcurrentJobs });
  });
});

describe('backup import writes settings only after the database committed', () => {
  it.each(['merge', 'replace'] as const)('%s: a failed database write leaves the settings and the active profile as they were', async (mode) => {
    const { text } = await backupOfOtherData();
    await saveProfile(sampleProfile({ id: 'profile-here', name: 'Ada Here' }));
    await saveSettings({ ...mine, apiKey: 'sk-mine' });
    await activeProfileIdItem.setValue('profile-here');

    letterWritesFail();
    await expect(importBackup(text, mode)).rejects.toThrow(BackupError);
    vi.restoreAllMocks();

    expect(await loadSettings()).toEqual({ ...mine, apiKey: 'sk-mine' });
    expect(await activeProfileIdItem.getValue()).toBe('profile-here');
  });
});
