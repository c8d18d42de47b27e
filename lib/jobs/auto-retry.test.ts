import { describe, expect, it } from 'vitest';
import { getJob, saveJob } from '../db';
import { GenerationError } from '../llm/errors';
import { DEFAULT_SETTINGS, type Attempt, type GenerationJob } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { AUTO_RETRY_DELAYS_MS, autoRetriesSoFar, autoRetryDelay, isTransient, MAX_AUTO_RETRIES } from './auto-retry';
import { createGenerationJob } from './operations';
import { runJob, type Generate } from './runner';
import { claimJobs } from './scheduler';

const attempt = (outcome: Attempt['outcome']): Attempt => ({ startedAt: 1, endedAt: outcome === 'running' ? null : 2, outcome, error: null, continuation: null });

/** A claimed job with this history before the current attempt. */
async function claimedJobWith(history: Attempt[], usage = { inputTokens: 0, outputTokens: 0 }): Promise<GenerationJob> {
  const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1000);
  await saveJob({ ...job, history, usage, attempts: history.length });
  const [claimed] = await claimJobs('runner', 1, 2000);
  return claimed!;
}

const failingWith = (kind: ConstructorParameters<typeof GenerationError>[0], message: string, usage = { inputTokens: 100, outputTokens: 40 }): Generate =>
  async ({ onProgress }) => {
    onProgress({ step: 'Writing', progress: 50, text: 'Dear Hiring Team, I have led', usage });
    throw new GenerationError(kind, message);
  };

const run = (job: GenerationJob, generate: Generate) =>
  runJob(job, { owner: 'runner', settings: { ...DEFAULT_SETTINGS, apiKey: 'k' }, generate, signal: new AbortController().signal, now: () => 10_000, random: () => 0.5 });

describe('automatic retries of transient failures', () => {
  it.each(['stream-broken', 'overloaded', 'server', 'connection', 'timeout', 'rate-limited', 'empty'] as const)('a %s failure goes back to the queue, waiting 2 s, as retry 1 of 3', async (kind) => {
    const job = await claimedJobWith([]);
    expect(await run(job, failingWith(kind, 'The connection broke while the letter was being written. Retry.'))).toBe('RESCHEDULED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'PENDING', autoRetry: 1, notBefore: 10_000 + AUTO_RETRY_DELAYS_MS[0], lease: null, error: null });
    expect(after?.waitReason).toMatch(/connection broke/);
    expect(after?.history.map((a) => a.outcome)).toEqual(['retrying']);
  });

  it.each(['auth', 'permission', 'model-not-found', 'too-large', 'refusal', 'max-tokens', 'no-api-key'] as const)('a %s failure is permanent: FAILED at once', async (kind) => {
    const job = await claimedJobWith([]);
    expect(await run(job, failingWith(kind, 'Fix it in Settings.'))).toBe('FAILED');
    expect(await getJob(job.id)).toMatchObject({ status: 'FAILED', error: 'Fix it in Settings.' });
  });

  it(`fails after ${MAX_AUTO_RETRIES} automatic retries, saying so`, async () => {
    const job = await claimedJobWith([attempt('retrying'), attempt('interrupted'), attempt('retrying'), attempt('retrying')]);
    expect(await run(job, failingWith('overloaded', 'Claude became overloaded while writing and stopped part-way. Try again in a few minutes.'))).toBe('FAILED');
    const failed = await getJob(job.id);
    expect(failed?.status).toBe('FAILED');
    expect(failed?.error).toMatch(/overloaded.*3 automatic retries did not help; press Retry/);
  });

  it('starts counting again after the user pressed Retry on a failed job', async () => {
    const job = await claimedJobWith([attempt('retrying'), attempt('retrying'), attempt('retrying'), attempt('failed')]);
    expect(await run(job, failingWith('stream-broken', 'Broke.'))).toBe('RESCHEDULED');
    expect((await getJob(job.id))?.autoRetry).toBe(1);
  });

  it('adds up the tokens of every attempt on the job', async () => {
    const job = await claimedJobWith([attempt('retrying')], { inputTokens: 1000, outputTokens: 300 });
    await run(job, failingWith('stream-broken', 'Broke.', { inputTokens: 1000, outputTokens: 120 }));
    expect((await getJob(job.id))?.usage).toEqual({ inputTokens: 2000, outputTokens: 420 });
  });

  it('waits longer each time, with jitter, and never less than the server asked', () => {
    expect(autoRetryDelay(1, null, () => 0)).toBe(1600);
    expect(autoRetryDelay(1, null, () => 1)).toBe(2400);
    expect(autoRetryDelay(2, null, () => 0.5)).toBe(8000);
    expect(autoRetryDelay(3, null, () => 0.5)).toBe(30_000);
    expect(autoRetryDelay(1, 5000, () => 0.5)).toBe(5000);
  });

  it('counts only automatic retries since the last fresh start', () => {
    expect(autoRetriesSoFar({ history: [attempt('retrying'), attempt('rescheduled'), attempt('retrying'), attempt('running')] })).toBe(2);
    expect(autoRetriesSoFar({ history: [attempt('retrying'), attempt('cancelled'), attempt('running')] })).toBe(0);
    expect(isTransient('refusal')).toBe(false);
    expect(isTransient(undefined)).toBe(false);
  });
});
