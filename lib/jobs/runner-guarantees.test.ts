/**
 * What runJob promises when things go wrong, tested through runJob itself with a scripted model
 * (a `generate` the test drives) and fake timers: no real clock decides any of these outcomes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJob, listLettersForJob, saveJob, watchChanges } from '../db';
import type { GenerationProgress, GenerationRequest } from '../llm/types';
import { type GenerationJob } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { createGenerationJob } from './new-job';
import { cancelJob } from './operations';
import { recoverOrphanedJobs } from './recovery';
import { runJob, type Generate } from './runner';
import { claimJobs } from './scheduler';
import { LEASE_MS, PROGRESS_WRITE_MS } from './timing';
import { OWNER, runnerSettings as settings, resultFor, settle, advance, useFakeClock } from './testing';



/** A job stored and claimed by OWNER, as the engine would hand it to runJob. */
async function claimedJob(now = Date.now()): Promise<GenerationJob> {
  const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Babbage & Co' }) }, now);
  await saveJob(job);
  const [claimed] = await claimJobs(OWNER, 1, now);
  expect(claimed?.id).toBe(job.id);
  return claimed!;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('runJob: the job is finished only by the run that still holds it', () => {
  it('a cancel landing just after the letter arrives stays CANCELLED: no letter is saved, the run does not complete', async () => {
    const job = await claimedJob();
    let calls = 0;
    const generate: Generate = async (request: GenerationRequest) => {
      calls++;
      // The whole letter arrives at once (no progress write in between to notice the cancel early);
      // the user's cancel commits before the runner saves it.
      await cancelJob(job.id);
      expect(request.signal.aborted).toBe(false);
      return resultFor();
    };
    const outcome = await runJob(job, { owner: OWNER, settings, generate, signal: new AbortController().signal });

    expect(calls).toBe(1);
    expect(outcome).not.toBe('COMPLETED');
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'CANCELLED', coverLetterId: null, lease: null });
    expect(after?.history.at(-1)?.outcome).toBe('cancelled');
    expect(await listLettersForJob(job.id)).toEqual([]);
  });
});

describe('runJob: the heartbeat keeps the claim while the model is silent', () => {
  it('a model silent for longer than a lease before its first byte: the lease is renewed, another engine takes nothing, the job runs once', async () => {
    useFakeClock();
    const job = await claimedJob();
    let calls = 0;
    let answer!: () => void;
    const generate: Generate = (request) => {
      calls++;
      // Nothing at all from the model (no progress report) until the test lets it answer.
      return new Promise((resolve) => {
        answer = () => {
          request.onProgress({ step: 'Writing', progress: 90, text: 'the letter', usage: { inputTokens: 100, outputTokens: 300 } });
          resolve(resultFor());
        };
      });
    };
    const run = runJob(job, { owner: OWNER, settings, generate, signal: new AbortController().signal });

    // Silence for two leases. Every second, another engine (a second context, or this worker
    // restarted) looks for orphaned work and for jobs to claim: it must never find this one.
    const silenceEnds = Date.now() + LEASE_MS * 2;
    while (Date.now() < silenceEnds) {
      await advance(1000, 250);
      const during = await getJob(job.id);
      expect(during?.status).toBe('IN_PROGRESS');
      expect(during?.lease?.owner).toBe(OWNER);
      expect(during!.lease!.expiresAt, `lease lapsed ${Date.now() - during!.lease!.expiresAt} ms ago`).toBeGreaterThan(Date.now());
      expect(await recoverOrphanedJobs(Date.now())).toEqual([]);
      expect(await claimJobs('engine-b', 3, Date.now())).toEqual([]);
    }

    answer();
    await advance(PROGRESS_WRITE_MS * 2);
    expect(await run).toBe('COMPLETED');
    expect(calls).toBe(1);
    const done = await getJob(job.id);
    expect(done).toMatchObject({ status: 'COMPLETED', attempts: 1, lease: null });
    expect(done?.history.map((a) => a.outcome)).toEqual(['completed']);
    expect(await listLettersForJob(job.id)).toHaveLength(1);
  });
});

describe('runJob: progress writes follow the clock, at most one per PROGRESS_WRITE_MS', () => {
  it('a 2-second stream reporting every 10 ms is written exactly 8 times while it streams (at 10, 260, … 1760 ms)', async () => {
    useFakeClock();
    const job = await claimedJob();
    const STREAM_MS = 2000;
    const EVERY_MS = 10;
    let streaming = true;
    let writesWhileStreaming = 0;
    const unwatch = watchChanges((changes) => {
      if (streaming && changes.some((c) => c.ids.includes(job.id))) writesWhileStreaming++;
    });
    const reported: GenerationProgress[] = [];
    const generate: Generate = (request) =>
      new Promise((resolve) => {
        let elapsed = 0;
        let text = '';
        const tick = () => {
          elapsed += EVERY_MS;
          text += 'word ';
          const progress = { step: 'Writing' as const, progress: 20 + (elapsed / STREAM_MS) * 70, text, usage: { inputTokens: 100, outputTokens: elapsed / EVERY_MS } };
          reported.push(progress);
          request.onProgress(progress);
          if (elapsed >= STREAM_MS) {
            streaming = false;
            resolve(resultFor({ text }));
          } else setTimeout(tick, EVERY_MS);
        };
        setTimeout(tick, EVERY_MS);
      });
    const run = runJob(job, { owner: OWNER, settings, generate, signal: new AbortController().signal });
    await advance(STREAM_MS + PROGRESS_WRITE_MS * 2);
    expect(await run).toBe('COMPLETED');
    unwatch();

    expect(reported).toHaveLength(STREAM_MS / EVERY_MS);
    // First report written at once (10 ms), then one write per 250 ms window while reports keep coming:
    // 10, 260, 510, 760, 1010, 1260, 1510, 1760. (At 200 ms it would be 10.)
    // The number is written out on purpose: a throttle changed to another interval must fail here.
    expect(writesWhileStreaming).toBe(8);
    expect((await getJob(job.id))?.status).toBe('COMPLETED');
  });
});

describe('runJob: the model slot is given back before the save', () => {
  it('says the model is done while the job is still unsaved, then completes it', async () => {
    const job = await claimedJob();
    let seenWhenDone: Promise<GenerationJob | undefined> | null = null;
    const outcome = await runJob(job, {
      owner: OWNER,
      settings,
      signal: new AbortController().signal,
      generate: async () => resultFor(),
      // A read started here is ordered before the run's saving transaction: it sees the job as it was.
      onModelDone: () => (seenWhenDone = getJob(job.id)),
    });
    expect(outcome).toBe('COMPLETED');
    expect(seenWhenDone).not.toBeNull();
    expect((await seenWhenDone!)?.status).toBe('IN_PROGRESS');
    expect((await getJob(job.id))?.status).toBe('COMPLETED');
  });

  it('does not say so when the model failed', async () => {
    const job = await claimedJob();
    const onModelDone = vi.fn();
    const outcome = await runJob(job, {
      owner: OWNER,
      settings,
      signal: new AbortController().signal,
      generate: async () => {
        throw Object.assign(new Error('The model declined.'), { kind: 'refusal' });
      },
      onModelDone,
    });
    expect(outcome).toBe('FAILED');
    expect(onModelDone).not.toHaveBeenCalled();
  });
});
