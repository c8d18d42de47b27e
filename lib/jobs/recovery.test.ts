import { describe, expect, it } from 'vitest';
import { getJob, saveJob, updateJob } from '../db';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { createGenerationJob, retryJob } from './operations';
import { recoverOrphanedJobs } from './recovery';
import { claimJobs } from './scheduler';
import { LEASE_MS, MAX_INTERRUPTIONS } from './timing';

describe('recovery of jobs whose runner died', () => {
  it('puts an orphaned job back to PENDING and records the interruption', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    await claimJobs('dead-runner', 2, 1000);
    expect(await recoverOrphanedJobs(1000 + LEASE_MS - 1)).toEqual([]);
    await recoverOrphanedJobs(1000 + LEASE_MS + 1);
    const recovered = await getJob(job.id);
    expect(recovered).toMatchObject({ status: 'PENDING', lease: null, attempts: 1 });
    expect(recovered?.history.at(-1)).toMatchObject({ outcome: 'interrupted', endedAt: 1000 + LEASE_MS + 1 });
  });

  it(`fails a job after ${MAX_INTERRUPTIONS} interruptions in a row, saying so`, async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    let now = 1000;
    for (let i = 0; i < MAX_INTERRUPTIONS; i++) {
      expect(await claimJobs(`runner-${i}`, 2, now)).toHaveLength(1);
      now += LEASE_MS + 1;
      await recoverOrphanedJobs(now);
    }
    const failed = await getJob(job.id);
    expect(failed?.status).toBe('FAILED');
    expect(failed?.error).toMatch(/stopped this job 3 times.*Retry/);
    expect(failed?.attempts).toBe(MAX_INTERRUPTIONS);
  });

  it('leaves a job with a live lease alone', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    await claimJobs('live-runner', 2, 1000);
    await recoverOrphanedJobs(1001);
    expect((await getJob(job.id))?.status).toBe('IN_PROGRESS');
  });

  it('starts the count of interruptions again after a manual retry', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    let now = 1000;
    for (let i = 0; i < MAX_INTERRUPTIONS; i++) {
      await claimJobs(`runner-${i}`, 2, now);
      now += LEASE_MS + 1;
      await recoverOrphanedJobs(now);
    }
    expect((await getJob(job.id))?.status).toBe('FAILED');
    await retryJob(job.id);
    await claimJobs('runner-after-retry', 2, now);
    now += LEASE_MS + 1;
    await recoverOrphanedJobs(now);
    const afterOne = await getJob(job.id);
    expect(afterOne).toMatchObject({ status: 'PENDING', error: null });
    expect(afterOne?.history.map((a) => a.outcome)).toEqual(['interrupted', 'interrupted', 'failed', 'interrupted']);
  });

  it('does not recover a job its caller is still running, even with a lapsed lease', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    await claimJobs('runner', 2, 1000);
    await recoverOrphanedJobs(1000 + LEASE_MS * 10, new Set([job.id]));
    expect((await getJob(job.id))?.status).toBe('IN_PROGRESS');
  });

  it('keeps only the newest 20 attempts in the history', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    let now = 1000;
    for (let i = 0; i < 30; i++) {
      await claimJobs('runner', 2, now);
      now += LEASE_MS + 1;
      await recoverOrphanedJobs(now);
      if ((await getJob(job.id))?.status === 'FAILED') await retryJob(job.id);
    }
    const after = await getJob(job.id);
    expect(after?.attempts).toBe(30);
    expect(after?.history).toHaveLength(20);
    expect(after?.history.at(-1)?.endedAt).toBe(now);
  });

  it('recovers a job the moment its lease lapses, saying why the attempt ended', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    await claimJobs('dead-runner', 2, 1000);
    expect((await recoverOrphanedJobs(1000 + LEASE_MS)).map((j) => j.id)).toEqual([job.id]);
    const recovered = await getJob(job.id);
    expect(recovered).toMatchObject({ status: 'PENDING', currentStep: 'Queued', progress: 0 });
    expect(recovered?.history.at(-1)).toMatchObject({ outcome: 'interrupted', error: 'The browser stopped the job before it finished.' });
  });

  it('recovers a job marked running that has no lease at all', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
    await saveJob(job);
    await claimJobs('runner', 2, 1000);
    await updateJob(job.id, (j) => ({ ...j, lease: null }));
    await recoverOrphanedJobs(1001);
    expect(await getJob(job.id)).toMatchObject({ status: 'PENDING', lease: null });
  });
});
