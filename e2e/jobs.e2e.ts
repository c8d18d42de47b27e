import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_EXTENSION_DIR, EXTENSION_DIR, launchExtension, type ExtensionSession } from './support/extension';
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

function queue(company: string, markers = '') {
  return ext.queueJob({ profile: sampleProfile(), job: jobWith(company, markers) });
}

describe('the production build in Chromium', () => {
  it('loads, and the worker runs', async () => {
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect((await ext.serviceWorker()).url()).toContain(ext.extensionId);
  });

  it('the store build asks for exactly these permissions, and no more', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(
      ['activeTab', 'alarms', 'contextMenus', 'declarativeNetRequestWithHostAccess', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'].sort(),
    );
    expect(manifest.host_permissions).toEqual(['https://api.anthropic.com/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*', 'http://[::1]/*']);
    expect(manifest.incognito).toBe('not_allowed');
    expect(manifest.minimum_chrome_version).toBe('144');
  });

  it('the store build has no message that queues a job from outside the panel (the e2e seam does it in tests)', () => {
    expect(readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8')).not.toMatch(/QUEUE_GENERATION_JOB|queueJob/);
    expect(readFileSync(path.join(E2E_EXTENSION_DIR, 'background.js'), 'utf8')).toContain('queueJob');
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
    // Stopped in the middle of the letter, not before its first word: wait for the model to be writing, not for a time.
    const sentBefore = mock.accounting().outputTokensSent;
    await expect.poll(() => mock.accounting().outputTokensSent, { timeout: 30_000 }).toBeGreaterThan(sentBefore);
    await ext.stopServiceWorker();
    const job = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 150_000);
    expect(job.status).toBe('COMPLETED');
    expect(job.attempts).toBe(2);
    expect(job.history[0].outcome).toBe('interrupted');
  });
});
