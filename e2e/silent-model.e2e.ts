/**
 * A model that says nothing for longer than a lease before its first byte (a cold local model
 * loading its weights, a proxy queueing the request). Only the runner's heartbeat keeps the claim
 * fresh then: no progress is written while nothing arrives. The job must keep its lease the whole
 * time and run once: one request to the model, one letter, one attempt.
 *
 * (Playwright keeps the service worker alive, so this spec shows the lease being renewed in the real
 * build; that another engine then takes nothing is lib/jobs/runner-guarantees.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LEASE_MS } from '../lib/jobs/timing';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { jobWith, sampleProfile } from './support/fixtures';

/** Silence before the response headers: well past one lease, and short of Chrome's 30 s limit for a response to start. */
const SILENCE_MS = LEASE_MS + 8_000;

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  page = await ext.openPanel();
  await setSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 2 });
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

const jobNamed = async (id: string) => (await readStore(page, 'jobs')).find((j) => j.id === id);
/** Progress, step and lease are written to the job's small summary record, not to the whole job (DB v5). */
const summaryOf = async (id: string) => (await readStore(page, 'jobSummaries')).find((j) => j.id === id);
const pageNow = () => page.evaluate(() => Date.now());

describe('a model silent for longer than a lease before its first byte', () => {
  it('keeps its lease renewed all through the silence, then completes once: one request, one letter', async () => {
    mock.clearRequests();
    const jobId = await ext.queueJob({ profile: sampleProfile(), job: jobWith('Quiet Model Co', `[[mock:stall=${SILENCE_MS}]]`) });
    const started = await waitForJob(page, jobId, ['IN_PROGRESS'], 30_000);
    const firstLeaseEnds: number = started.lease.expiresAt;

    // Past the end of the lease the claim was made with, while the model has still sent nothing.
    await expect.poll(pageNow, { timeout: LEASE_MS + 10_000, interval: 500 }).toBeGreaterThan(firstLeaseEnds + 1_000);
    expect(mock.accounting().outputTokensSent).toBe(0);
    const during = await summaryOf(jobId);
    const now = await pageNow();
    expect(await jobNamed(jobId)).toMatchObject({ status: 'IN_PROGRESS', attempts: 1 });
    expect(during.status).toBe('IN_PROGRESS');
    expect(during.lease.owner).toBe(started.lease.owner);
    expect(during.lease.token).toBe(started.lease.token);
    expect(during.lease.expiresAt, 'the lease was renewed during the silence').toBeGreaterThan(now);

    const done = await waitForJob(page, jobId, ['COMPLETED', 'FAILED', 'CANCELLED'], 120_000);
    expect(done).toMatchObject({ status: 'COMPLETED', attempts: 1, error: null, lease: null });
    expect(done.history.map((a: { outcome: string }) => a.outcome)).toEqual(['completed']);
    expect((await readStore(page, 'letters')).filter((l) => l.jobId === jobId)).toHaveLength(1);
    expect(mock.requests().filter((r) => r.path === '/v1/messages')).toHaveLength(1);
  });
});
