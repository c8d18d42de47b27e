import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, sendMessage, setSettings, waitForJob } from './support/extension-storage';
import { jobWith, sampleProfile } from './support/fixtures';
import type { Page } from 'playwright-core';

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;

beforeAll(async () => {
  mock = await startMockLlm();
  ext = await launchExtension();
  page = await ext.openPanel();
  await setSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 2, notifications: true });
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

async function queue(company: string, markers = '') {
  const response = await sendMessage(page, { type: 'QUEUE_GENERATION_JOB', profile: sampleProfile(), job: jobWith(company, markers) });
  expect(response).toMatchObject({ success: true, jobId: expect.any(String) });
  return response.jobId as string;
}

describe('the production build in Chromium', () => {
  it('loads: the manifest asks only for the permissions it needs, and the worker runs', async () => {
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage', 'alarms']));
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect((await ext.serviceWorker()).url()).toContain(ext.extensionId);
  });

  it('refuses an invalid message with an error answer, and keeps working', async () => {
    expect(await sendMessage(page, { type: 'START_GENERATION_JOB' })).toMatchObject({ success: false, error: expect.stringMatching(/jobId/) });
    expect(await sendMessage(page, { type: 'NO_SUCH_THING' })).toMatchObject({ success: false });
    expect(await sendMessage(page, 'hello')).toMatchObject({ success: false });
  });

  it('completes a queued job against the loopback server and stores the letter for that company', async () => {
    mock.clearRequests();
    const jobId = await queue('Lovelace Looms');
    const job = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 60_000);
    expect(job.error).toBeNull();
    expect(job.status).toBe('COMPLETED');
    const letters = await readStore(page, 'letters');
    const letter = letters.find((l) => l.id === job.coverLetterId);
    expect(letter).toBeDefined();
    const text = [letter.opening, letter.aboutMe, letter.whyMe, letter.whyCompany].join('\n');
    expect(text).toContain('Lovelace Looms');
    expect(text).not.toMatch(/\[Company|\{\{/);
    // The request went to the configured server with the user's key, not anywhere else.
    const request = mock.requests().find((r) => r.path === '/v1/messages');
    expect(request?.headers['x-api-key'] ?? request?.headers['authorization']).toContain('sk-test-e2e');
  });

  it('completes a job whose stream lasts over 60 s: the service worker stays alive under it', async () => {
    const jobId = await queue('Slow Stream Ltd', '[[mock:duration=65000]]');
    await waitForJob(page, jobId, ['IN_PROGRESS'], 30_000);
    // The toolbar badge counts the running job.
    const worker = await ext.serviceWorker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    const job = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 150_000);
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect(job.error).toBeNull();
    expect(job.status).toBe('COMPLETED');
    expect(job.completedAt - job.startedAt).toBeGreaterThan(60_000);
    // One uninterrupted run: the worker never died and restarted the job.
    expect(job.attempts).toBe(1);
  });

  it('finishes a job on its own after the service worker is stopped in the middle of it', async () => {
    const jobId = await queue('Interrupted Inc', '[[mock:duration=8000]]');
    await waitForJob(page, jobId, ['IN_PROGRESS'], 30_000);
    await page.waitForTimeout(1500);
    await ext.stopServiceWorker();
    const job = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 150_000);
    expect(job.status).toBe('COMPLETED');
    expect(job.attempts).toBe(2);
    expect(job.history[0].outcome).toBe('interrupted');
  });
});
