/**
 * How runJob leaves the job and its letter for each way a run can end: what the user then sees on
 * the card (status, message, tokens spent, history, the part-way letter) and what it tells the engine
 * (the outcome, the server-strain report). Driven through runJob with a scripted `generate`.
 */
import { describe, expect, it, vi } from 'vitest';
import { getJob, listLettersForJob, saveJob, updateJob } from '../db';
import { GenerationError } from '../llm/errors';
import type { GenerationErrorKind, GenerationRequest } from '../llm/types';
import { type Attempt, type GenerationJob } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { MAX_AUTO_RETRIES } from './auto-retry';
import { createGenerationJob } from './new-job';
import { cancelJob } from './operations';
import { recoverOrphanedJobs } from './recovery';
import { continuableText, runJob, type Generate, type RunJobOptions } from './runner';
import { claimJobs } from './scheduler';
import { LEASE_MS, LONGEST_INLINE_WAIT_MS } from './timing';
import { OWNER, runnerSettings as settings, resultFor } from './testing';

/** The run's clock: fixed, so every time written on the job can be checked exactly. */
const T0 = 1_800_000_000_000;


/** A job stored and claimed by OWNER at T0, as the engine would hand it to runJob. */
async function claimedJob(change: (job: GenerationJob) => GenerationJob = (j) => j): Promise<GenerationJob> {
  const job = change(createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Babbage & Co' }) }, T0));
  await saveJob(job);
  const [claimed] = await claimJobs(OWNER, 1, T0);
  expect(claimed?.id).toBe(job.id);
  return claimed!;
}

function run(job: GenerationJob, generate: Generate, options: Partial<RunJobOptions> = {}) {
  return runJob(job, { owner: OWNER, settings, generate, signal: new AbortController().signal, now: () => T0 + 1000, random: () => 0.5, ...options });
}

const failing = (kind: GenerationErrorKind, message: string, retryAfterMs: number | null = null): Generate =>
  async () => {
    throw new GenerationError(kind, message, { retryAfterMs });
  };

/** A `generate` that streams `first`, waits until that text is stored, streams `second` (not yet written: the next write is a quarter second away), then fails. */
function streamsThenFails(job: GenerationJob, first: string, second: string, error: () => unknown): Generate {
  return async (request) => {
    request.onProgress({ step: 'Writing', progress: 40, text: first, usage: { inputTokens: 100, outputTokens: 20 } });
    await vi.waitFor(async () => expect((await getJob(job.id))?.streamedText).toBe(first));
    request.onProgress({ step: 'Writing', progress: 60, text: second, usage: { inputTokens: 100, outputTokens: 40 } });
    throw error();
  };
}

/** Settles only when the request is aborted, rejecting as the real client does then ('cancelled'). */
function untilAborted(request: GenerationRequest): Promise<never> {
  return new Promise((_, reject) => {
    const stop = () => reject(new GenerationError('cancelled', 'Cancelled.'));
    if (request.signal.aborted) stop();
    else request.signal.addEventListener('abort', stop, { once: true });
  });
}

describe('runJob: a finished letter', () => {
  it('is saved unedited, for the job it was asked for, and the job adds this attempt’s tokens to the earlier ones and drops its copy of the text', async () => {
    // An earlier attempt (broken stream, retried automatically) already spent tokens and left part of the letter.
    const job = await claimedJob((j) => ({
      ...j,
      usage: { inputTokens: 1000, outputTokens: 50 },
      streamedText: 'Dear Hiring Team at Babbage',
      history: [{ startedAt: T0 - 5000, endedAt: T0 - 4000, outcome: 'retrying', error: 'The stream broke.', continuation: null }],
    }));
    const prefills: string[] = [];
    const outcome = await run(job, async (request) => {
      prefills.push(request.prefill ?? '');
      return resultFor({ continuation: 'continued' });
    });

    expect(outcome).toBe('COMPLETED');
    expect(prefills).toEqual(['Dear Hiring Team at Babbage']);
    const [letter] = await listLettersForJob(job.id);
    expect(letter).toMatchObject({ jobId: job.id, company: 'Babbage & Co', editedParts: [], editedAt: null, usage: { inputTokens: 100, outputTokens: 300 }, generatedAt: T0 + 1000 });
    const done = await getJob(job.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      coverLetterId: letter!.id,
      completedAt: T0 + 1000,
      streamedText: '',
      usage: { inputTokens: 1100, outputTokens: 350 },
      lease: null,
      error: null,
    });
    expect(done?.history.map((a) => [a.outcome, a.continuation])).toEqual([
      ['retrying', null],
      ['completed', 'continued'],
    ]);
  });
});

describe('runJob: what it tells the engine about server strain', () => {
  it.each([
    ['rate-limited', 5_000, 5_000],
    ['overloaded', null, null],
    ['overloaded', 7_000, 7_000],
  ] as const)('a reply saying %s (retry-after %s) is reported as strain, with the server’s wait', async (kind, retryAfterMs, reported) => {
    const job = await claimedJob();
    const onServerStrain = vi.fn();
    await run(job, failing(kind, 'The server is busy.', retryAfterMs), { onServerStrain });
    expect(onServerStrain.mock.calls).toEqual([[reported]]);
  });

  it.each(['server', 'connection', 'refusal'] as const)('a %s failure is not strain: other jobs are not held back', async (kind) => {
    const job = await claimedJob();
    const onServerStrain = vi.fn();
    await run(job, failing(kind, 'Something broke.'), { onServerStrain });
    expect(onServerStrain).not.toHaveBeenCalled();
  });

  it('a rate limit that arrives after the run was cancelled is not strain', async () => {
    const job = await claimedJob();
    const onServerStrain = vi.fn();
    const controller = new AbortController();
    controller.abort();
    await run(job, failing('rate-limited', 'Too many requests.', 5_000), { onServerStrain, signal: controller.signal });
    expect(onServerStrain).not.toHaveBeenCalled();
  });
});

describe('runJob: a server that asks for a long wait', () => {
  it(`a rate limit with retry-after over ${LONGEST_INLINE_WAIT_MS} ms puts the job back in the queue until then, without counting an automatic retry`, async () => {
    const job = await claimedJob((j) => ({ ...j, usage: { inputTokens: 500, outputTokens: 0 } }));
    const wait = LONGEST_INLINE_WAIT_MS + 1;
    const outcome = await run(job, failing('rate-limited', 'Too many requests.', wait));

    expect(outcome).toBe('RESCHEDULED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'PENDING', lease: null, notBefore: T0 + 1000 + wait, waitReason: 'rate limit', autoRetry: 0, usage: { inputTokens: 500, outputTokens: 0 } });
    expect(after?.history.at(-1)).toMatchObject({ outcome: 'rescheduled', error: 'Too many requests.' });
  });

  it(`a rate limit with retry-after of exactly ${LONGEST_INLINE_WAIT_MS} ms is an automatic retry (it counts), not a reschedule`, async () => {
    const job = await claimedJob();
    const outcome = await run(job, failing('rate-limited', 'Too many requests.', LONGEST_INLINE_WAIT_MS));

    expect(outcome).toBe('RESCHEDULED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'PENDING', autoRetry: 1, notBefore: T0 + 1000 + LONGEST_INLINE_WAIT_MS });
    expect(after?.history.at(-1)?.outcome).toBe('retrying');
  });

  it('an overloaded server asking for a long wait is an automatic retry that waits at least that long', async () => {
    const job = await claimedJob();
    const wait = LONGEST_INLINE_WAIT_MS * 2;
    const outcome = await run(job, failing('overloaded', 'The server is overloaded.', wait));

    expect(outcome).toBe('RESCHEDULED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'PENDING', autoRetry: 1, notBefore: T0 + 1000 + wait, waitReason: 'The server is overloaded.' });
    expect(after?.history.at(-1)?.outcome).toBe('retrying');
  });

  it('a long rate limit on a run the engine has cancelled ends the job CANCELLED, not queued again', async () => {
    const job = await claimedJob();
    const controller = new AbortController();
    controller.abort();
    const outcome = await run(job, failing('rate-limited', 'Too many requests.', LONGEST_INLINE_WAIT_MS * 2), { signal: controller.signal });

    expect(outcome).toBe('CANCELLED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'CANCELLED', notBefore: null });
    expect(after?.history.at(-1)?.outcome).toBe('cancelled');
  });

  it('a long rate limit after the user cancelled leaves the job cancelled and says the run lost it', async () => {
    const job = await claimedJob();
    const outcome = await run(job, async () => {
      await cancelJob(job.id);
      throw new GenerationError('rate-limited', 'Too many requests.', { retryAfterMs: LONGEST_INLINE_WAIT_MS * 2 });
    });

    expect(outcome).toBe('LOST');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'CANCELLED', notBefore: null, autoRetry: 0 });
    expect(after?.history.map((a) => a.outcome)).toEqual(['cancelled']);
  });
});

describe('runJob: a run that fails', () => {
  it('ends FAILED with the error, the tokens spent so far, and the newest part of the letter (even one not yet written)', async () => {
    const job = await claimedJob((j) => ({ ...j, usage: { inputTokens: 1000, outputTokens: 50 } }));
    const outcome = await run(
      job,
      streamsThenFails(job, 'Dear Hiring', 'Dear Hiring Team at Babbage & Co,', () => new GenerationError('refusal', 'The model declined to write this letter.')),
    );

    expect(outcome).toBe('FAILED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({
      status: 'FAILED',
      error: 'The model declined to write this letter.',
      completedAt: T0 + 1000,
      lease: null,
      usage: { inputTokens: 1100, outputTokens: 90 },
      streamedText: 'Dear Hiring Team at Babbage & Co,',
    });
    expect(after?.history.at(-1)).toMatchObject({ outcome: 'failed', error: 'The model declined to write this letter.', endedAt: T0 + 1000 });
  });

  it('keeps the part-way letter of the attempt before when this one failed before writing anything', async () => {
    const job = await claimedJob((j) => ({
      ...j,
      streamedText: 'Dear Hiring Team',
      history: [{ startedAt: T0 - 5000, endedAt: T0 - 4000, outcome: 'interrupted', error: 'The browser stopped the job before it finished.', continuation: null }],
    }));
    const outcome = await run(job, failing('refusal', 'The model declined to write this letter.'));

    expect(outcome).toBe('FAILED');
    expect(await getJob(job.id)).toMatchObject({ status: 'FAILED', streamedText: 'Dear Hiring Team' });
  });

  it(`a transient failure after ${MAX_AUTO_RETRIES} automatic retries ends FAILED, saying the retries did not help`, async () => {
    const retried: Attempt = { startedAt: T0 - 5000, endedAt: T0 - 4000, outcome: 'retrying', error: 'The server had an error.', continuation: null };
    const job = await claimedJob((j) => ({ ...j, history: Array.from({ length: MAX_AUTO_RETRIES }, () => retried) }));
    const outcome = await run(job, failing('server', 'The server had an error. Retry.'));

    expect(outcome).toBe('FAILED');
    const after = await getJob(job.id);
    expect(after?.status).toBe('FAILED');
    expect(after?.error).toBe(`The server had an error. (${MAX_AUTO_RETRIES} automatic retries did not help; press Retry to try again.)`);
    expect(after?.history.at(-1)?.outcome).toBe('failed');
  });
});

describe('runJob: a run that is cancelled', () => {
  it('the engine aborting a run it still holds ends the job CANCELLED (not retried), keeping the newest part of the letter', async () => {
    const job = await claimedJob();
    const controller = new AbortController();
    const outcome = await run(
      job,
      streamsThenFails(job, 'Dear Hiring', 'Dear Hiring Team at Babbage & Co,', () => {
        // The abort breaks the stream: the client reports a broken connection, which alone would be retried.
        controller.abort();
        return new GenerationError('connection', 'The connection to the server was lost.');
      }),
      { signal: controller.signal },
    );

    expect(outcome).toBe('CANCELLED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'CANCELLED', completedAt: T0 + 1000, lease: null, error: null, autoRetry: 0, streamedText: 'Dear Hiring Team at Babbage & Co,' });
    expect(after?.history.map((a) => [a.outcome, a.error])).toEqual([['cancelled', null]]);
  });

  it('a model call that reports it was cancelled ends the job CANCELLED, not FAILED with "Cancelled."', async () => {
    const job = await claimedJob((j) => ({
      ...j,
      streamedText: 'Dear Hiring Team',
      history: [{ startedAt: T0 - 5000, endedAt: T0 - 4000, outcome: 'interrupted', error: 'The browser stopped the job before it finished.', continuation: null }],
    }));
    const outcome = await run(job, failing('cancelled', 'Cancelled.'));

    expect(outcome).toBe('CANCELLED');
    expect(await getJob(job.id)).toMatchObject({ status: 'CANCELLED', error: null, streamedText: 'Dear Hiring Team' });
  });

  it('a user’s cancel while the model writes: the run stops and ends CANCELLED, leaving the user’s cancel as it is', async () => {
    const job = await claimedJob();
    const controller = new AbortController();
    const outcome = await run(
      job,
      async (request) => {
        // The panel's cancel commits, then the engine (seeing it) aborts the run.
        await cancelJob(job.id);
        controller.abort();
        return untilAborted(request);
      },
      { signal: controller.signal },
    );

    expect(outcome).toBe('CANCELLED');
    const after = await getJob(job.id);
    expect(after?.status).toBe('CANCELLED');
    expect(after?.history.map((a) => a.outcome)).toEqual(['cancelled']);
  });
});

describe('runJob: a run whose job was taken over elsewhere', () => {
  /** The lease lapses (a laptop that slept), recovery puts the job back and engine-b claims it. */
  async function takenOverByEngineB(job: GenerationJob): Promise<void> {
    const later = T0 + LEASE_MS + 1;
    expect((await recoverOrphanedJobs(later)).map((j) => j.id)).toEqual([job.id]);
    expect((await claimJobs('engine-b', 1, later)).map((j) => j.id)).toEqual([job.id]);
  }

  it('notices at its next progress write, stops the model and says LOST, leaving engine-b’s run alone', async () => {
    const job = await claimedJob();
    let aborted = false;
    const outcome = await run(job, async (request) => {
      await takenOverByEngineB(job);
      request.onProgress({ step: 'Writing', progress: 40, text: 'Dear Hiring', usage: { inputTokens: 100, outputTokens: 20 } });
      return untilAborted(request).finally(() => (aborted = true));
    });

    expect(aborted).toBe(true);
    expect(outcome).toBe('LOST');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'IN_PROGRESS', lease: { owner: 'engine-b' }, error: null, streamedText: '' });
    expect(after?.history.map((a) => a.outcome)).toEqual(['interrupted', 'running']);
  });

  it('a failure after the job was taken over does not fail engine-b’s run: LOST, the job untouched', async () => {
    const job = await claimedJob();
    const outcome = await run(job, async () => {
      await takenOverByEngineB(job);
      throw new GenerationError('refusal', 'The model declined to write this letter.');
    });

    expect(outcome).toBe('LOST');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'IN_PROGRESS', lease: { owner: 'engine-b' }, error: null });
    expect(after?.history.map((a) => a.outcome)).toEqual(['interrupted', 'running']);
  });
});

describe('continuableText: which part-way letter a new attempt continues', () => {
  const attempt = (outcome: Attempt['outcome']): Attempt => ({ startedAt: T0, endedAt: outcome === 'running' ? null : T0 + 1, outcome, error: null, continuation: null });
  const withBefore = (outcome: Attempt['outcome']) => ({ streamedText: 'Dear Hiring Team', history: [attempt(outcome), attempt('running')] });

  it('a first attempt starts from nothing', () => {
    expect(continuableText({ streamedText: '', history: [attempt('running')] })).toBe('');
  });

  it.each(['retrying', 'interrupted'] as const)('continues the text of an attempt that broke (%s)', (outcome) => {
    expect(continuableText(withBefore(outcome))).toBe('Dear Hiring Team');
  });

  it.each(['failed', 'cancelled', 'completed'] as const)('does not continue the text of an attempt that ended %s', (outcome) => {
    expect(continuableText(withBefore(outcome))).toBe('');
  });

  it('a job interrupted part-way (the browser stopped it) is continued from its stored text by the next run', async () => {
    const job = await claimedJob();
    // The first run streamed part of the letter, then the worker died: its lease lapses and recovery requeues the job.
    await updateJob(job.id, (j) => ({ ...j, streamedText: 'Dear Hiring Team at' }));
    const later = T0 + LEASE_MS + 1;
    await recoverOrphanedJobs(later);
    const [again] = await claimJobs(OWNER, 1, later);
    const prefills: string[] = [];
    const outcome = await run(again!, async (request) => {
      prefills.push(request.prefill ?? '');
      return resultFor({ continuation: 'continued' });
    });
    expect(outcome).toBe('COMPLETED');
    expect(prefills).toEqual(['Dear Hiring Team at']);
  });

  it('a fresh job is sent without a prefill', async () => {
    const job = await claimedJob();
    const prefills: string[] = [];
    await run(job, async (request) => {
      prefills.push(request.prefill ?? 'none');
      return resultFor();
    });
    expect(prefills).toEqual(['']);
  });
});
