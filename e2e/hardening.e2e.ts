import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../lib/db/migrations';
import { createGenerationJob } from '../lib/jobs/new-job';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { jobWith, sampleProfile } from './support/fixtures';
import { jobItem, openTab, waitForStatus } from './support/panel';

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;

const SETTINGS = { apiKey: 'sk-mine', model: 'claude-sonnet-5-5', maxConcurrentJobs: 2, notifications: false };

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  page = await ext.openPanel();
});

beforeEach(async () => {
  await setSettings(page, { ...SETTINGS, baseUrl: mock.url });
  await page.reload();
  mock.clearRequests();
  mock.setScenario(null);
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

const storedSettings = async () => (await page.evaluate(() => chrome.storage.local.get('settings'))).settings as Record<string, unknown>;
const messageRequests = (server: MockLlm) => server.requests().filter((r) => r.method === 'POST' && r.path === '/v1/messages');

function backupFile(data: { settings?: Record<string, unknown>; jobs?: unknown[] }) {
  const text = JSON.stringify({
    format: 'cover-letter-studio-backup',
    version: 1,
    dbVersion: MIGRATIONS.length,
    exportedAt: Date.now(),
    data: { profiles: [sampleProfile()], jobs: data.jobs ?? [], letters: [], settings: data.settings ?? {}, activeProfileId: sampleProfile().id },
  });
  return { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function importBackup(file: ReturnType<typeof backupFile>) {
  await openTab(page, 'Settings');
  await page.getByLabel('Import data').setInputFiles(file);
}

describe('hardening, through the panel of the production build', () => {
  it('a backup naming another API address changes it only when the user accepts, and then clears the key', async () => {
    const crafted = backupFile({ settings: { baseUrl: 'https://collector.example.net', apiKey: 'sk-theirs' } });

    await importBackup(crafted);
    const dialog = page.getByRole('dialog', { name: 'This backup uses another API address' });
    await expect.poll(() => dialog.textContent()).toContain('https://collector.example.net');
    await dialog.getByRole('button', { name: 'Keep my current address' }).click();
    await page.getByRole('status').filter({ hasText: /Imported 1 profile/ }).waitFor();
    expect(await storedSettings()).toMatchObject({ baseUrl: mock.url, apiKey: 'sk-mine' });

    await importBackup(crafted);
    await page.getByRole('dialog').getByRole('button', { name: "Use the backup's address and clear my key" }).click();
    await page.getByRole('status').filter({ hasText: /API address is now https:\/\/collector\.example\.net/ }).waitFor();
    expect(await storedSettings()).toMatchObject({ baseUrl: 'https://collector.example.net', apiKey: '' });
  });

  it('refuses to save a plain-http address outside this computer, says why, and keeps the old one', async () => {
    await openTab(page, 'Settings');
    await page.getByLabel('API base URL', { exact: true }).fill('http://192.168.1.20:11434');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/only allowed for a server on this computer/).waitFor();
    expect(await page.getByLabel('API base URL', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings()).baseUrl).toBe(mock.url);
  });

  it('jobs waiting in a restored backup arrive paused, and run only after Start', async () => {
    const waiting = createGenerationJob({ profile: sampleProfile(), job: jobWith('Paused Pottery') });
    await importBackup(backupFile({ jobs: [waiting] }));
    await page.getByRole('status').filter({ hasText: /1 job arrived paused/ }).waitFor();
    expect((await readStore(page, 'jobs')).find((j) => j.id === waiting.id)?.status).toBe('PAUSED');

    await openTab(page, 'Generate');
    const card = jobItem(page, 'Paused Pottery');
    await waitForStatus(card, 'Paused');
    expect(messageRequests(mock)).toHaveLength(0);
    await card.getByRole('button', { name: 'Start' }).click();
    expect((await waitForJob(page, waiting.id, ['COMPLETED', 'FAILED'], 60_000)).status).toBe('COMPLETED');
    expect(messageRequests(mock)).toHaveLength(1);
  });

  it('a rate limit asking for more than a minute puts the job back in the queue until then, and it starts on its own', async () => {
    mock.setScenario({ status: 429, retryAfterSeconds: 61 }, 1);
    const jobId = await ext.queueJob({ profile: sampleProfile(), job: jobWith('Throttled Textiles') });
    await openTab(page, 'Generate');
    const card = page.getByRole('list', { name: 'Generation jobs' }).locator('li', { hasText: 'Throttled Textiles' });
    await card.getByText(/Waiting: rate limit, next try at \d{1,2}:\d{2}/).waitFor({ timeout: 30_000 });
    const [job] = (await readStore(page, 'jobs')).filter((j) => j.id === jobId);
    expect(job).toMatchObject({ status: 'PENDING', waitReason: 'rate limit' });
    // The client did not sleep through the wait: one request, and an alarm for the time the server gave.
    expect(messageRequests(mock)).toHaveLength(1);
    const alarm = await (await ext.serviceWorker()).evaluate(() => chrome.alarms.get('job-wake'));
    expect(alarm?.scheduledTime).toBe(job.notBefore);
    expect((await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 120_000)).status).toBe('COMPLETED');
    expect(messageRequests(mock)).toHaveLength(2);
  }, 180_000);

  it('works with a stock local Ollama that refuses extension origins', async () => {
    const ollama = await startMockLlm({ timeScale: 0.2, refuseExtensionOrigins: true });
    try {
      await setSettings(page, { ...SETTINGS, baseUrl: ollama.url });
      const jobId = await ext.queueJob({ profile: sampleProfile(), job: jobWith('Local Llama Labs') });
      const done = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 60_000);
      expect(done.error).toBeNull();
      expect(done.status).toBe('COMPLETED');
      const [request] = messageRequests(ollama);
      expect(request?.headers['origin']).toBeUndefined();
    } finally {
      await ollama.close();
    }
  });
});
