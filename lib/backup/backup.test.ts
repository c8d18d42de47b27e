import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { getDatabase, getJob, listLetters, listProfiles, recordJobProgress, saveJob, saveLetter, saveProfile, watchChanges } from '../db';
import { MIGRATIONS, RECORD_UPGRADES } from '../db/migrations';
import { sampleExportSource } from '../letters/testing';
import { activeProfileIdItem, loadSettings, saveSettings } from '../settings';
import { DEFAULT_SETTINGS } from '../schema';
import { sampleProfile } from '../testing/fixtures';
import { deleteAllData } from './delete-all';
import { createBackup, serializeBackup } from './export-backup';
import { BackupError, importBackup, parseBackup } from './import-backup';

async function seed() {
  const a = sampleExportSource({ company: 'Acme' });
  const b = sampleExportSource({ company: 'Zoë Łukasiewicz GmbH' });
  await saveProfile(a.job.profile);
  await saveProfile(sampleProfile({ id: 'profile-2', name: 'Дмитрий', email: 'd@example.com' }));
  for (const { job, letter } of [a, b]) {
    await saveJob(job);
    await saveLetter(letter);
  }
  await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-secret', model: 'claude-opus-5-5', paperSize: 'Letter' });
  await activeProfileIdItem.setValue('profile-2');
}

async function snapshot() {
  const db = await getDatabase();
  return {
    profiles: await db.getAll('profiles'),
    jobs: await db.getAll('jobs'),
    letters: await db.getAll('letters'),
    settings: await loadSettings(),
    active: await activeProfileIdItem.getValue(),
  };
}

const backupText = async (includeApiKey: boolean) => new TextDecoder().decode(serializeBackup(await createBackup({ includeApiKey })));

describe('backup', () => {
  it('has a record upgrade slot for every database migration', () => {
    expect(RECORD_UPGRADES).toHaveLength(MIGRATIONS.length);
  });

  it('round trip: export, delete all, import gives identical data', async () => {
    await seed();
    const before = await snapshot();
    const text = await backupText(true);
    expect(JSON.parse(text)).toMatchObject({ format: 'cover-letter-studio-backup', version: 1, dbVersion: MIGRATIONS.length });

    await deleteAllData();
    expect(await snapshot()).toEqual({ profiles: [], jobs: [], letters: [], settings: DEFAULT_SETTINGS, active: '' });

    const seen: string[] = [];
    const stop = watchChanges((changes) => seen.push(...changes.map((c) => c.store)));
    const summary = await importBackup(text, 'replace');
    stop();
    expect(summary).toEqual({ profiles: 2, jobs: 2, letters: 2, keptApiKey: false, paused: 0, baseUrl: DEFAULT_SETTINGS.baseUrl });
    expect(await snapshot()).toEqual(before);
    expect(seen).toContain('all');
  });

  it('carries a job whole: the streamed text kept in pieces and the live progress come back as they were', async () => {
    const { job } = sampleExportSource({ company: 'Part Way Ltd' });
    await saveJob({ ...job, status: 'FAILED', coverLetterId: null, error: 'The stream broke.' });
    await recordJobProgress(job.id, () => ({ progress: 40, currentStep: 'Writing', streamedText: 'Dear team, ', knownPrefix: 0 }));
    await recordJobProgress(job.id, () => ({ progress: 70, streamedText: 'Dear team, I build ledgers.', knownPrefix: 11 }));
    const before = await getJob(job.id);
    const text = await backupText(false);
    expect(JSON.parse(text).data.jobs[0]).toMatchObject({ streamedText: 'Dear team, I build ledgers.', progress: 70, currentStep: 'Writing' });
    await deleteAllData();
    expect(await getJob(job.id)).toBeUndefined();
    await importBackup(text, 'replace');
    expect(await getJob(job.id)).toEqual(before);
  });

  it('leaves the API key out unless asked, and keeps the key already here on import', async () => {
    await seed();
    const text = await backupText(false);
    expect(text).not.toContain('sk-secret');
    await importBackup(text, 'replace');
    expect((await loadSettings()).apiKey).toBe('sk-secret');
  });

  it('merge keeps records that are not in the backup; replace removes them', async () => {
    await seed();
    const text = await backupText(false);
    await saveProfile(sampleProfile({ id: 'profile-new', name: 'Grace Hopper' }));
    await importBackup(text, 'merge');
    expect((await listProfiles()).map((p) => p.id).sort()).toEqual(['profile-2', 'profile-ada', 'profile-new']);
    await importBackup(text, 'replace');
    expect((await listProfiles()).map((p) => p.id).sort()).toEqual(['profile-2', 'profile-ada']);
  });

  it('a tampered backup changes nothing and says where the problem is', async () => {
    await seed();
    const text = await backupText(false);
    const before = await snapshot();
    const tampered = JSON.parse(text);
    tampered.data.jobs[1].status = 'HACKED';
    await expect(importBackup(JSON.stringify(tampered), 'replace')).rejects.toThrow(/invalid data \(.*jobs\[1\]\.status.*Nothing was changed/);
    expect(await snapshot()).toEqual(before);
  });

  it('a truncated, foreign or newer file changes nothing', async () => {
    await seed();
    const text = await backupText(false);
    const before = await snapshot();
    await expect(importBackup(text.slice(0, text.length / 2), 'replace')).rejects.toThrow(/not a complete JSON file/);
    await expect(importBackup('{"hello":"world"}', 'replace')).rejects.toThrow(/not a Cover Letter Studio backup/);
    await expect(importBackup(JSON.stringify({ ...JSON.parse(text), dbVersion: 99 }), 'replace')).rejects.toThrow(/newer version/);
    await expect(importBackup(JSON.stringify({ ...JSON.parse(text), data: { profiles: 'x' } }), 'merge')).rejects.toBeInstanceOf(BackupError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a backup that lists one record twice', async () => {
    await seed();
    const backup = JSON.parse(await backupText(false));
    backup.data.letters.push(backup.data.letters[0]);
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(/twice/);
  });

  it('imports a backup from database version 1 through the same record upgrades', async () => {
    const { job, letter } = sampleExportSource({ company: 'Old Co' });
    const { lease: _l, history: _h, usage: _u, streamedText: _s, previousLetterId: _p, ...oldJob } = job;
    const { findings: _f, editedParts: _e, editedAt: _a, ...oldLetter } = letter;
    const old = {
      format: 'cover-letter-studio-backup', version: 1, dbVersion: 1, exportedAt: 1,
      data: { profiles: [job.profile], jobs: [oldJob], letters: [oldLetter], settings: { model: 'claude-haiku-5-5' } },
    };
    const summary = await importBackup(JSON.stringify(old), 'merge');
    expect(summary.jobs).toBe(1);
    const stored = await (await getDatabase()).get('jobs', job.id);
    expect(stored).toMatchObject({ company: 'Old Co', lease: null, history: [], streamedText: '', usage: { inputTokens: 0, outputTokens: 0 } });
    expect((await listLetters())[0]).toMatchObject({ findings: [], editedParts: [], editedAt: null });
    expect((await loadSettings()).model).toBe('claude-haiku-5-5');
    // The backup names no active profile: the one it brings becomes active rather than none.
    expect(await activeProfileIdItem.getValue()).toBe(job.profile.id);
  });

  it('delete all data clears storage too (drafts, settings, active profile)', async () => {
    await seed();
    await browser.storage.local.set({ someDraft: 'x' });
    await deleteAllData();
    expect(await browser.storage.local.get(null)).toEqual({});
  });
});
