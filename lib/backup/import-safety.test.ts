import { describe, expect, it, vi } from 'vitest';
import { getJob, saveJob, saveProfile } from '../db';
import { claimJobs } from '../jobs/scheduler';
import { sampleExportSource } from '../letters/testing';
import { activeProfileIdItem, loadSettings, saveSettings } from '../settings';
import { DEFAULT_SETTINGS } from '../schema';
import { sampleProfile } from '../testing/fixtures';
import { createBackup, serializeBackup } from './export-backup';
import { BackupError, importBackup, parseBackup, previewImport, readBackupFile } from './import-backup';

/** A backup of one profile and one job, with its settings replaced by `settings` (as a crafted file would). */
async function backupWith(settings: Record<string, unknown>, jobStatus?: string): Promise<string> {
  const { job } = sampleExportSource({ company: 'Acme' });
  await saveProfile(job.profile);
  await saveJob(jobStatus ? ({ ...job, status: jobStatus, coverLetterId: null } as typeof job) : job);
  const backup = JSON.parse(new TextDecoder().decode(serializeBackup(await createBackup({ includeApiKey: false }))));
  backup.data.settings = settings;
  return JSON.stringify(backup);
}

describe('backup import never redirects the API key', () => {
  it('keeps the current address and key when a backup names another server, unless the user accepts it', async () => {
    const crafted = await backupWith({ baseUrl: 'https://collector.example.net' });
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-mine' });

    const preview = await previewImport(parseBackup(crafted), 'merge');
    expect(preview.addressChange).toEqual({ current: 'https://api.anthropic.com', incoming: 'https://collector.example.net' });

    await importBackup(crafted, 'merge');
    expect(await loadSettings()).toMatchObject({ baseUrl: 'https://api.anthropic.com', apiKey: 'sk-mine' });
    await importBackup(crafted, 'replace');
    expect(await loadSettings()).toMatchObject({ baseUrl: 'https://api.anthropic.com', apiKey: 'sk-mine' });
  });

  it('accepting the backup address clears the key, even one the backup carries', async () => {
    const crafted = await backupWith({ baseUrl: 'https://collector.example.net', apiKey: 'sk-theirs' });
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-mine' });
    const summary = await importBackup(crafted, 'merge', { address: 'accept' });
    expect(summary.baseUrl).toBe('https://collector.example.net');
    expect(await loadSettings()).toMatchObject({ baseUrl: 'https://collector.example.net', apiKey: '' });
  });

  it('refuses a backup whose address would send the key unencrypted over the network', async () => {
    const crafted = await backupWith({ baseUrl: 'http://203.0.113.9:8080' });
    expect(() => parseBackup(crafted)).toThrow(/invalid data \(settings\.baseUrl: http:\/\/ sends your API key/);
  });

  it('the same address written differently is not a change', async () => {
    const backup = await backupWith({ baseUrl: 'HTTP://LOCALHOST:11434/', apiKey: 'ollama' });
    await saveSettings({ ...DEFAULT_SETTINGS, baseUrl: 'http://localhost:11434', apiKey: '' });
    expect((await previewImport(parseBackup(backup), 'merge')).addressChange).toBeNull();
    await importBackup(backup, 'merge');
    expect((await loadSettings()).apiKey).toBe('ollama');
  });
});

describe('backup import, other safeguards', () => {
  it('merge changes only the settings present in the file', async () => {
    const backup = await backupWith({ paperSize: 'Letter' });
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-mine', maxConcurrentJobs: 5, model: 'claude-opus-5-5', notifications: false });
    await importBackup(backup, 'merge');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, apiKey: 'sk-mine', maxConcurrentJobs: 5, model: 'claude-opus-5-5', notifications: false, paperSize: 'Letter' });
  });

  it.each(['PENDING', 'IN_PROGRESS'])('a %s job arrives paused and is not run until started', async (status) => {
    const backup = await backupWith({}, status);
    const summary = await importBackup(backup, 'replace');
    expect(summary.paused).toBe(1);
    const [job] = parseBackup(backup).jobs;
    expect(await getJob(job!.id)).toMatchObject({ status: 'PAUSED', lease: null });
    expect(await claimJobs('runner', 3)).toEqual([]);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const huge = { size: 60 * 1024 * 1024, text } as unknown as Blob;
    await expect(readBackupFile(huge)).rejects.toThrow(BackupError);
    await expect(readBackupFile(huge)).rejects.toThrow(/60 MB.*at most 50 MB/);
    expect(text).not.toHaveBeenCalled();
  });

  it('an active profile id that names no profile is not adopted', async () => {
    const backup = JSON.parse(await backupWith({}));
    backup.data.activeProfileId = 'no-such-profile';
    await importBackup(JSON.stringify(backup), 'replace');
    expect(await activeProfileIdItem.getValue()).toBe(sampleProfile().id);
  });
});

describe('API address rule on save', () => {
  it.each([
    ['https://api.anthropic.com', true],
    ['https://proxy.corp.example/anthropic', true],
    ['http://localhost:11434', true],
    ['http://127.0.0.1:8787', true],
    ['http://127.8.9.10', true],
    ['http://[::1]:11434', true],
    ['http://192.168.1.20:11434', false],
    ['http://ollama.lan:11434', false],
    ['http://localhost.evil.example', false],
    ['ftp://localhost', false],
  ])('%s → saved: %s', async (baseUrl, ok) => {
    await saveSettings({ ...DEFAULT_SETTINGS, baseUrl: 'https://api.anthropic.com' });
    const result = await saveSettings({ ...DEFAULT_SETTINGS, baseUrl });
    expect(result.ok).toBe(ok);
    expect((await loadSettings()).baseUrl).toBe(ok ? baseUrl : 'https://api.anthropic.com');
  });
});
