/**
 * What a user sees on a job when its run fails part-way (automatic retries, the final message,
 * a cancel or delete landing mid-run) and what the run's progress writes promise (progress that
 * never goes back, text stored as reported, a heartbeat only when nothing else was written).
 * Tested through runJob itself with a scripted model and fake timers.
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJob, saveJob, watchChanges } from '../db';
import { GenerationError } from '../llm/errors';
import type { GenerationProgress, GenerationRequest } from '../llm/types';
import { type GenerationJob } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { AUTO_RETRY_DELAYS_MS, MAX_AUTO_RETRIES } from './auto-retry';
import { createGenerationJob } from './new-job';
import { cancelJob, deleteJob } from './operations';
import { runJob, type Generate } from './runner';
import { claimJobs } from './scheduler';
import { HEARTBEAT_MS, LEASE_MS, PROGRESS_WRITE_MS } from './timing';
import { OWNER, runnerSettings as settings, resultFor, settle, advance, useFakeClock } from './testing';

/** Jitter fixed at the middle: each automatic retry waits exactly its scheduled delay. */
const noJitter = () => 0.5;


const progress = (text: string, value: number, usage = { inputTokens: 100, outputTokens: 10 }): GenerationProgress => ({ step: 'Writing', progress: value, text, usage });

async function storedJob(now: number, change: (job: GenerationJob) => GenerationJob = (j) => j): Promise<GenerationJob> {
  const job = change(createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Babbage & Co' }) }, now));
  await saveJob(job);
  return job;
}

async function claim(id: string, now: number): Promise<GenerationJob> {
  const [claimed] = await claimJobs(OWNER, 1, now);
  expect(claimed?.id).toBe(id);
  return claimed!;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const failing =
  (error: unknown, before?: (request: GenerationRequest) => void | Promise<void>): Generate =>
  async (request) => {
    await before?.(request);
    throw error;
  };

describe('runJob: a transient failure puts the job back in the queue by itself', () => {
  it('as automatic retry 1, waiting its delay, keeping the text and tokens so far, with the reason on the card', async () => {
    useFakeClock();
    const start = Date.now();
    const job = await storedJob(start, (j) => ({ ...j, usage: { inputTokens: 1000, outputTokens: 200 } }));
    const claimed = await claim(job.id, start);
    const message = 'The API server is overloaded right now.';
    const outcome = await runJob(claimed, {
      owner: OWNER,
      settings,
      random: noJitter,
      signal: new AbortController().signal,
      generate: failing(new GenerationError('overloaded', message), (request) => request.onProgress(progress('Dear Hiring Team,', 30, { inputTokens: 500, outputTokens: 7 }))),
    });

    expect(outcome).toBe('RESCHEDULED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({
      status: 'PENDING',
      lease: null,
      currentStep: 'Queued',
      progress: 0,
      notBefore: start + AUTO_RETRY_DELAYS_MS[0],
      waitReason: message,
      autoRetry: 1,
      streamedText: 'Dear Hiring Team,',
      // The earlier attempts' tokens and this one's add up.
      usage: { inputTokens: 1500, outputTokens: 207 },
    });
    expect(after?.history.at(-1)).toMatchObject({ outcome: 'retrying', error: message });
  });

  it('a failure before the model said anything keeps the tokens spent before, with nothing added', async () => {
    useFakeClock();
    const start = Date.now();
    const job = await storedJob(start, (j) => ({ ...j, usage: { inputTokens: 1000, outputTokens: 200 } }));
    const claimed = await claim(job.id, start);
    const outcome = await runJob(claimed, {
      owner: OWNER,
      settings,
      random: noJitter,
      signal: new AbortController().signal,
      generate: failing(new GenerationError('connection', 'Could not reach the API server.')),
    });
    expect(outcome).toBe('RESCHEDULED');
    expect((await getJob(job.id))?.usage).toEqual({ inputTokens: 1000, outputTokens: 200 });
  });

  it('waits as long as the server asked when that is longer than the schedule', async () => {
    useFakeClock();
    const start = Date.now();
    const job = await storedJob(start);
    const claimed = await claim(job.id, start);
    const asked = 20_000;
    expect(asked).toBeGreaterThan(AUTO_RETRY_DELAYS_MS[0] * 1.2);
    await runJob(claimed, {
      owner: OWNER,
      settings,
      random: noJitter,
      signal: new AbortController().signal,
      generate: failing(new GenerationError('overloaded', 'The API server is overloaded right now.', { retryAfterMs: asked })),
    });
    expect(await getJob(job.id)).toMatchObject({ status: 'PENDING', notBefore: start + asked, autoRetry: 1 });
  });
});

/** Runs the job through every automatic retry and one failure more; returns the job after each run. */
async function failUntilGivenUp(message: string): Promise<GenerationJob[]> {
  let clock = Date.now();
  const job = await storedJob(clock);
  const seen: GenerationJob[] = [];
  for (let run = 0; run <= MAX_AUTO_RETRIES; run++) {
    const claimed = await claim(job.id, clock);
    await runJob(claimed, {
      owner: OWNER,
      settings,
      now: () => clock,
      random: noJitter,
      signal: new AbortController().signal,
      generate: failing(new GenerationError('overloaded', message)),
    });
    const after = (await getJob(job.id))!;
    seen.push(after);
    if (after.notBefore) clock = after.notBefore;
  }
  return seen;
}

describe('runJob: after the last automatic retry the job fails, saying the retries did not help', () => {
  it(`retries ${MAX_AUTO_RETRIES} times (each waiting longer), then fails`, async () => {
    const message = 'The API server is overloaded right now.';
    const seen = await failUntilGivenUp(message);
    expect(seen.slice(0, MAX_AUTO_RETRIES).map((j) => [j.status, j.autoRetry])).toEqual([
      ['PENDING', 1],
      ['PENDING', 2],
      ['PENDING', 3],
    ]);
    const last = seen.at(-1)!;
    const said = `${message} (${MAX_AUTO_RETRIES} automatic retries did not help; press Retry to try again.)`;
    expect(last).toMatchObject({ status: 'FAILED', error: said, lease: null });
    expect(last.history.map((a) => a.outcome)).toEqual(['retrying', 'retrying', 'retrying', 'failed']);
    expect(last.history.at(-1)?.error).toBe(said);
  });

  // The message's own advice to retry is replaced by the note, with no stray spaces and nothing else cut.
  it.each([
    ['The API server is overloaded. Retry.', 'The API server is overloaded.'],
    ['The API server is overloaded.  Retry', 'The API server is overloaded.'],
    ['The API server is busy.  Try again in a minute.', 'The API server is busy.'],
    ['Could not reach the API server. Press Retry to try again.', 'Could not reach the API server. Press Retry to try again.'],
    ['The API server is busy. Try again in a minute. (HTTP 529)', 'The API server is busy. Try again in a minute. (HTTP 529)'],
  ])('"%s" ends as "%s (…did not help; press Retry…)"', async (message, kept) => {
    const last = (await failUntilGivenUp(message)).at(-1)!;
    expect(last.status).toBe('FAILED');
    expect(last.error).toBe(`${kept} (${MAX_AUTO_RETRIES} automatic retries did not help; press Retry to try again.)`);
  });
});

describe('runJob: a failure of a job the user cancelled meanwhile leaves it cancelled', () => {
  it.each([
    ['a transient failure (automatic retry)', new GenerationError('overloaded', 'The API server is overloaded right now.')],
    ['a long rate-limit wait', new GenerationError('rate-limited', 'The API is rate limiting.', { retryAfterMs: 10 * 60_000 })],
  ])('%s: the run reports the job as no longer its own and does not queue it again', async (_, error) => {
    const start = Date.now();
    const job = await storedJob(start);
    const claimed = await claim(job.id, start);
    // The cancel commits; the engine's abort has not reached the run yet when the model fails.
    const outcome = await runJob(claimed, {
      owner: OWNER,
      settings,
      random: noJitter,
      signal: new AbortController().signal,
      generate: failing(error, async () => void (await cancelJob(job.id))),
    });
    expect(outcome).toBe('LOST');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'CANCELLED', lease: null, notBefore: null, autoRetry: 0 });
    expect(after?.history.at(-1)?.outcome).toBe('cancelled');
  });

  it('a storage failure while queueing the long wait is reported as an error, not as the job being taken', async () => {
    const start = Date.now();
    const job = await storedJob(start);
    const claimed = await claim(job.id, start);
    const original = IDBObjectStore.prototype.put;
    const generate = failing(new GenerationError('rate-limited', 'The API is rate limiting.', { retryAfterMs: 10 * 60_000 }), () => {
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if (this.name === 'jobs') throw new DOMException('The disk is full.', 'QuotaExceededError');
        return original.call(this, value, key);
      });
    });
    await expect(runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal })).rejects.toMatchObject({ name: 'QuotaExceededError' });
  });
});

describe('runJob: progress as the panel shows it', () => {
  it('never goes back, stops at 99 until the letter is saved, and the text is stored as reported, each write adding only the new part', async () => {
    useFakeClock();
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    const original = IDBObjectStore.prototype.put;
    const streamPuts: unknown[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'jobStreams') streamPuts.push((value as { text: string }).text);
      return original.call(this, value, key);
    });
    let onProgress!: (p: GenerationProgress) => void;
    let answer!: () => void;
    const generate: Generate = (request) => {
      onProgress = request.onProgress;
      return new Promise((resolve) => (answer = () => resolve(resultFor())));
    };
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    const shown = async (p: GenerationProgress) => {
      onProgress(p);
      await advance(PROGRESS_WRITE_MS + 10);
      const now = await getJob(job.id);
      return { progress: now?.progress, text: now?.streamedText };
    };

    expect(await shown(progress('Dear', 40))).toEqual({ progress: 40, text: 'Dear' });
    expect(await shown(progress('Dear Ada', 30))).toEqual({ progress: 40, text: 'Dear Ada' });
    expect(streamPuts).toEqual(['Dear', ' Ada']);
    // A report that starts the text over (it does not extend what is stored) replaces it whole.
    expect(await shown(progress('So, Dear Ada', 150))).toEqual({ progress: 99, text: 'So, Dear Ada' });

    answer();
    await advance(PROGRESS_WRITE_MS);
    expect(await run).toBe('COMPLETED');
    expect((await getJob(job.id))?.progress).toBe(100);
  });
});

describe('runJob: the heartbeat', () => {
  it('renews the lease every HEARTBEAT_MS while the model is silent, without complaining', async () => {
    useFakeClock();
    const warn = vi.spyOn(console, 'warn');
    const start = Date.now();
    const job = await storedJob(start);
    const claimed = await claim(job.id, start);
    let answer!: () => void;
    const generate: Generate = () => new Promise((resolve) => (answer = () => resolve(resultFor())));
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });

    await advance(HEARTBEAT_MS + 100, 50);
    expect((await getJob(job.id))?.lease?.expiresAt).toBe(start + HEARTBEAT_MS + LEASE_MS);
    await advance(HEARTBEAT_MS, 50);
    expect((await getJob(job.id))?.lease?.expiresAt).toBe(start + 2 * HEARTBEAT_MS + LEASE_MS);

    answer();
    expect(await run).toBe('COMPLETED');
    expect(warn).not.toHaveBeenCalled();
  });

  it('still renews when the last write was a moment under HEARTBEAT_MS before the tick', async () => {
    useFakeClock();
    const start = Date.now();
    const job = await storedJob(start);
    const claimed = await claim(job.id, start);
    let onProgress!: (p: GenerationProgress) => void;
    let answer!: () => void;
    const generate: Generate = (request) =>
      new Promise((resolve) => {
        onProgress = request.onProgress;
        answer = () => resolve(resultFor());
      });
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    // One report 50 ms in, written at once; then silence until the first heartbeat tick.
    await vi.advanceTimersByTimeAsync(50);
    onProgress(progress('Dear', 5));
    await vi.advanceTimersByTimeAsync(0);
    await settle();
    expect((await getJob(job.id))?.lease?.expiresAt).toBe(start + 50 + LEASE_MS);
    await advance(HEARTBEAT_MS - 50 + 20);
    expect((await getJob(job.id))?.lease?.expiresAt).toBe(start + HEARTBEAT_MS + LEASE_MS);
    answer();
    expect(await run).toBe('COMPLETED');
  });

  it('is not written while progress writes keep the lease fresh', async () => {
    useFakeClock();
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    let writes = 0;
    const unwatch = watchChanges((changes) => {
      if (changes.some((c) => c.store === 'jobs' && c.op === 'progress' && c.ids.includes(job.id))) writes++;
    });
    let answer!: () => void;
    let timer: ReturnType<typeof setInterval> | undefined;
    const generate: Generate = (request) =>
      new Promise((resolve) => {
        let n = 0;
        timer = setInterval(() => request.onProgress(progress(`Dear${'.'.repeat(++n)}`, n / 10)), 100);
        answer = () => resolve(resultFor());
      });
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    // Reports every 100 ms for 6 s: written at 100 ms, then every PROGRESS_WRITE_MS from 350 ms to 6,100 ms (the last report).
    await advance(6000);
    clearInterval(timer);
    await advance(PROGRESS_WRITE_MS);
    unwatch();
    expect(writes).toBe(1 + (6100 - 350) / PROGRESS_WRITE_MS + 1);
    answer();
    expect(await run).toBe('COMPLETED');
  });
});

describe('runJob: the run stops the model when the job stops being its own', () => {
  it('cancelled mid-stream (before the engine aborts): the next progress write aborts the model and puts nothing back on the job', async () => {
    useFakeClock();
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    let request!: GenerationRequest;
    const generate: Generate = (r) => {
      request = r;
      return new Promise((_, reject) => r.signal.addEventListener('abort', () => reject(new GenerationError('cancelled', 'Cancelled.'))));
    };
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    request.onProgress(progress('Dear', 20));
    await advance(PROGRESS_WRITE_MS);
    await cancelJob(job.id);
    request.onProgress(progress('Dear Ada', 60));
    await advance(PROGRESS_WRITE_MS + 10);

    expect(request.signal.aborted).toBe(true);
    expect(await run).toBe('LOST');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'CANCELLED', lease: null, progress: 20, streamedText: 'Dear' });
  });

  it('cancelled and deleted mid-stream: the model is aborted and the job stays gone', async () => {
    useFakeClock();
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    let request!: GenerationRequest;
    const generate: Generate = (r) => {
      request = r;
      return new Promise((_, reject) => r.signal.addEventListener('abort', () => reject(new GenerationError('cancelled', 'Cancelled.'))));
    };
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    await cancelJob(job.id);
    await deleteJob(job.id);
    request.onProgress(progress('Dear', 20));
    await advance(PROGRESS_WRITE_MS + 10);

    expect(request.signal.aborted).toBe(true);
    expect(await run).toBe('LOST');
    expect(await getJob(job.id)).toBeUndefined();
  });

  it('a progress write that fails for another reason (disk full) is logged and the letter is still written', async () => {
    useFakeClock();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    const original = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'jobSummaries') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return original.call(this, value, key);
    });
    let request!: GenerationRequest;
    let answer!: () => void;
    const generate: Generate = (r) => {
      request = r;
      return new Promise((resolve) => (answer = () => resolve(resultFor())));
    };
    const run = runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    request.onProgress(progress('Dear', 20));
    await advance(PROGRESS_WRITE_MS + 10);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/progress/i), expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(request.signal.aborted).toBe(false);
    put.mockRestore();
    answer();
    expect(await run).toBe('COMPLETED');
    expect((await getJob(job.id))?.status).toBe('COMPLETED');
  });

  it('a run started after its signal was already aborted hands the model an aborted signal and ends CANCELLED', async () => {
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    const stopped = new AbortController();
    stopped.abort();
    const generate: Generate = async (request) => {
      if (request.signal.aborted) throw new GenerationError('cancelled', 'Cancelled.');
      return resultFor();
    };
    expect(await runJob(claimed, { owner: OWNER, settings, generate, signal: stopped.signal })).toBe('CANCELLED');
    expect((await getJob(job.id))?.status).toBe('CANCELLED');
  });
});

describe('runJob: nothing is left running after the run ends', () => {
  it('no heartbeat or progress timer, even when the stream reports after the run ended; the late text is not kept', async () => {
    useFakeClock();
    const job = await storedJob(Date.now());
    const claimed = await claim(job.id, Date.now());
    let onProgress!: (p: GenerationProgress) => void;
    const generate: Generate = async (request) => {
      onProgress = request.onProgress;
      request.onProgress(progress('Dear', 20));
      request.onProgress(progress('Dear Ada', 30));
      throw new GenerationError('auth', 'The API key was refused. Check it in Settings.');
    };
    expect(await runJob(claimed, { owner: OWNER, settings, generate, signal: new AbortController().signal })).toBe('FAILED');
    expect(vi.getTimerCount()).toBe(0);
    // A stream's tail event arriving after the run ended.
    onProgress(progress('Dear Ada, late', 40));
    expect(vi.getTimerCount()).toBe(0);
    await advance(HEARTBEAT_MS * 2, 250);
    expect(await getJob(job.id)).toMatchObject({ status: 'FAILED', streamedText: 'Dear Ada', lease: null });
  });

  it('leaves no listener on the signal it was given: a caller that keeps one signal for many runs does not collect one per run', async () => {
    const engine = new AbortController();
    for (let i = 0; i < 3; i++) {
      const job = await storedJob(Date.now());
      const claimed = await claim(job.id, Date.now());
      expect(await runJob(claimed, { owner: OWNER, settings, generate: async () => resultFor(), signal: engine.signal })).toBe('COMPLETED');
    }
    expect(getEventListeners(engine.signal, 'abort')).toEqual([]);
  });
});
