/**
 * The details of an import a user can notice: what the preview counts, which profile is active
 * afterwards, whether the key was kept, how jobs that were running arrive, what each refusal says,
 * and that other views hear about the change. (Found missing by mutation testing: see stryker.config.mjs.)
 */
import { describe, expect, it } from 'vitest';
import { getDatabase, getJob, listLetters, saveJob, saveLetter, saveProfile, watchChanges, type Change } from '../db';
import { sampleExportSource } from '../letters/testing';
import { activeProfileIdItem, loadSettings, saveSettings } from '../settings';
import { DEFAULT_SETTINGS } from '../schema';
import { sampleProfile } from '../testing/fixtures';
import { deleteAllData } from './delete-all';
import { backupFileName, createBackup, serializeBackup } from './export-backup';
import { BackupError, importBackup, MAX_BACKUP_BYTES, parseBackup, previewImport, readBackupFile } from './import-backup';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A backup of two profiles (active: the second), one job and its letter; the database is emptied after. */
async function twoProfileBackup(settings: Record<string, unknown> | null = null): Promise<{ text: string; jobId: string; letterId: string }> {
  const { job, letter } = sampleExportSource({ company: 'Acme' });
  await saveProfile(job.profile);
  await saveProfile(sampleProfile({ id: 'profile-zed', name: 'Zed Backup', email: 'zed@example.com' }));
  await saveJob(job);
  await saveLetter(letter);
  await activeProfileIdItem.setValue('profile-zed');
  const backup = JSON.parse(decode(serializeBackup(await createBackup({ includeApiKey: false }))));
  if (settings) backup.data.settings = settings;
  await deleteAllData();
  return { text: JSON.stringify(backup), jobId: job.id, letterId: letter.id };
}

async function refusal(text: string): Promise<string> {
  const error = await importBackup(text, 'merge').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as Error).name).toBe('BackupError');
  return (error as Error).message;
}

describe('backup files: name and size', () => {
  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 30))).toBe('CoverLetterStudio_backup_2026-01-05.json');
  });

  it('reads a file of exactly 50 MB; refuses one byte more, saying how big it is', async () => {
    const { text } = await twoProfileBackup();
    const file = (size: number) => ({ size, text: async () => text }) as unknown as Blob;
    await expect(readBackupFile(new Blob([text]))).resolves.toMatchObject({ profiles: [expect.anything(), expect.anything()] });
    await expect(readBackupFile(file(MAX_BACKUP_BYTES))).resolves.toMatchObject({ activeProfileId: 'profile-zed' });
    await expect(readBackupFile(file(MAX_BACKUP_BYTES + 1))).rejects.toThrow(BackupError);
    await expect(readBackupFile(file(60 * 1024 * 1024))).rejects.toThrow(
      'This file is 60 MB; a backup can be at most 50 MB. Nothing was changed. Choose a file made with “Export all data”.',
    );
  });
});

describe('what a refused backup says', () => {
  it('a JSON value that is no object (null, a number, a string) is not a backup', async () => {
    for (const text of ['null', '42', '"cover-letter-studio-backup"']) {
      expect(await refusal(text)).toBe('This is not a Cover Letter Studio backup. Nothing was changed. Choose a file made with “Export all data”.');
    }
  });

  it('a damaged envelope names the field', async () => {
    const { text } = await twoProfileBackup();
    expect(await refusal(JSON.stringify({ ...JSON.parse(text), version: 'one' }))).toMatch(/^This backup is damaged \(version: .+\)\. Nothing was changed\.$/);
  });

  it('a newer envelope version is refused like a newer database', async () => {
    const { text } = await twoProfileBackup();
    expect(await refusal(JSON.stringify({ ...JSON.parse(text), version: 2 }))).toMatch(/^This backup was made by a newer version of Cover Letter Studio\./);
  });

  it('lists three problems, separated, and counts the rest', async () => {
    const { text } = await twoProfileBackup();
    const backup = JSON.parse(text);
    const broken = (n: number) => {
      const copy = structuredClone(backup);
      copy.data.jobs = Array.from({ length: n }, (_, i) => ({ ...copy.data.jobs[0], id: `job-${i}`, status: 'HACKED' }));
      return JSON.stringify(copy);
    };
    const three = await refusal(broken(3));
    expect(three).toMatch(/^This backup has invalid data \(jobs\[0\]\.status: [^;]+; jobs\[1\]\.status: [^;]+; jobs\[2\]\.status: [^;]+\)\. Nothing was changed\.$/);
    expect(three).not.toContain('more');
    const five = await refusal(broken(5));
    expect(five).toContain('; jobs[2].status: ');
    expect(five).not.toContain('jobs[3]');
    expect(five).toMatch(/ \(and 2 more\)\)\. Nothing was changed\.$/);
  });

  it('names the record listed twice', async () => {
    const { text, letterId } = await twoProfileBackup();
    const backup = JSON.parse(text);
    backup.data.letters.push(backup.data.letters[0]);
    expect(await refusal(JSON.stringify(backup))).toBe(`This backup lists the letter ${letterId} twice. Nothing was changed.`);
  });
});

describe('what an import changes', () => {
  it('the preview counts what comes and what is here', async () => {
    const { text } = await twoProfileBackup();
    await saveProfile(sampleProfile({ id: 'profile-here' }));
    expect(await previewImport(parseBackup(text), 'merge')).toEqual({
      incoming: { profiles: 2, jobs: 1, letters: 1 },
      existing: { profiles: 1, jobs: 0, letters: 0 },
      addressChange: null,
    });
  });

  it('a backup without an active profile parses as none', async () => {
    const { text } = await twoProfileBackup();
    const backup = JSON.parse(text);
    delete backup.data.activeProfileId;
    expect(parseBackup(JSON.stringify(backup)).activeProfileId).toBe('');
  });

  it('replace makes the backup’s active profile active; merge keeps the one in use when it still exists', async () => {
    const { text } = await twoProfileBackup();
    await saveProfile(sampleProfile({ id: 'profile-here' }));
    await activeProfileIdItem.setValue('profile-here');
    await importBackup(text, 'merge');
    expect(await activeProfileIdItem.getValue()).toBe('profile-here');
    await importBackup(text, 'replace');
    expect(await activeProfileIdItem.getValue()).toBe('profile-zed');
  });

  it('replace makes the backup’s active profile active even when the one in use is also in the backup', async () => {
    const { text } = await twoProfileBackup();
    await importBackup(text, 'replace');
    await activeProfileIdItem.setValue('profile-ada');
    await importBackup(text, 'replace');
    expect(await activeProfileIdItem.getValue()).toBe('profile-zed');
  });

  it('merge adopts the backup’s active profile when the one in use is gone', async () => {
    const { text } = await twoProfileBackup();
    await activeProfileIdItem.setValue('profile-deleted');
    await importBackup(text, 'merge');
    expect(await activeProfileIdItem.getValue()).toBe('profile-zed');
  });

  it('a replace with no profiles at all leaves no active profile', async () => {
    const { text } = await twoProfileBackup();
    const backup = JSON.parse(text);
    backup.data.profiles = [];
    await saveProfile(sampleProfile({ id: 'profile-here' }));
    await activeProfileIdItem.setValue('profile-here');
    await importBackup(JSON.stringify(backup), 'replace');
    expect(await activeProfileIdItem.getValue()).toBe('');
  });

  it('replace takes the file’s settings whole: what the file lacks goes back to the default', async () => {
    const { text } = await twoProfileBackup({ paperSize: 'Letter' });
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-mine', maxConcurrentJobs: 5, notifications: false });
    await importBackup(text, 'replace');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, apiKey: 'sk-mine', paperSize: 'Letter' });
  });

  it('says whether the key already here was kept', async () => {
    const cases: Array<[string, Record<string, unknown>, 'keep' | 'accept', boolean]> = [
      ['', { baseUrl: 'https://proxy.example.net' }, 'accept', false],
      ['sk-mine', { baseUrl: 'https://proxy.example.net' }, 'accept', false],
      ['sk-mine', { baseUrl: 'https://proxy.example.net' }, 'keep', true],
      ['', { baseUrl: 'https://proxy.example.net' }, 'keep', false],
      ['sk-mine', { apiKey: 'sk-file' }, 'keep', false],
      ['sk-mine', {}, 'keep', true],
      ['', {}, 'keep', false],
      ['', { apiKey: 'sk-file' }, 'keep', false],
    ];
    for (const [key, fileSettings, address, kept] of cases) {
      const { text } = await twoProfileBackup(fileSettings);
      await saveSettings({ ...DEFAULT_SETTINGS, apiKey: key });
      const summary = await importBackup(text, 'merge', { address });
      expect(summary.keptApiKey, `${key || 'no key'} here, file ${JSON.stringify(fileSettings)}, ${address}`).toBe(kept);
    }
  });

  it('a job that was running arrives paused, its attempt closed as interrupted at the import time', async () => {
    const { text, jobId } = await twoProfileBackup();
    const backup = JSON.parse(text);
    const job = backup.data.jobs[0];
    Object.assign(job, { status: 'IN_PROGRESS', currentStep: 'Writing', progress: 40, coverLetterId: null, lease: { owner: 'x', token: 't', expiresAt: 1 } });
    job.history = [...job.history, { startedAt: 100, endedAt: null, outcome: 'running', error: null }];
    await importBackup(JSON.stringify(backup), 'replace', { now: 123_456 });
    const paused = await getJob(jobId);
    expect(paused).toMatchObject({ status: 'PAUSED', currentStep: 'Queued', progress: 0, lease: null });
    expect(paused?.history.at(-1)).toMatchObject({ outcome: 'interrupted', error: 'Imported from a backup while it was running.', endedAt: 123_456 });
  });

  it('a letter from database version 1 becomes version 1 of its application', async () => {
    const { job, letter } = sampleExportSource({ company: 'Old Co' });
    const { lease: _l, history: _h, usage: _u, streamedText: _s, previousLetterId: _p, ...oldJob } = job;
    const { findings: _f, editedParts: _e, editedAt: _a, versions: _v, language: _g, ...oldLetter } = letter;
    const old = { format: 'cover-letter-studio-backup', version: 1, dbVersion: 1, exportedAt: 1, data: { profiles: [job.profile], jobs: [oldJob], letters: [oldLetter] } };
    await importBackup(JSON.stringify(old), 'merge');
    const [stored] = await listLetters();
    expect(stored?.versions).toEqual([expect.objectContaining({ number: 1, why: 'first draft', content: expect.objectContaining({ opening: letter.opening }) })]);
  });

  it('tells every view what changed: all stores, cleared on replace, put on merge; and on delete all', async () => {
    const { text } = await twoProfileBackup();
    const seen: Change[][] = [];
    const stop = watchChanges((changes) => seen.push(changes));
    await importBackup(text, 'replace');
    await importBackup(text, 'merge');
    await deleteAllData();
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(3);
    stop();
    const whole = seen.filter((changes) => changes.some((c) => c.store === 'all'));
    expect(whole).toEqual([
      [{ store: 'all', ids: [], op: 'clear' }],
      [{ store: 'all', ids: [], op: 'put' }],
      [{ store: 'all', ids: [], op: 'clear' }],
    ]);
    expect((await (await getDatabase()).getAll('profiles')).length).toBe(0);
  });
});
