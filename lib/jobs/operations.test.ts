import { describe, expect, it } from 'vitest';
import { getJob, getLetter, saveLetter, updateJob } from '../db';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { cancelJob, clearFinishedJobs, deleteJob, JobNotFinishedError, prioritizeJob, queueJob, retryJob } from './operations';
import { claimJobs } from './scheduler';
import { IllegalTransitionError } from './state-machine';

const queue = (company = 'Babbage & Co') => queueJob({ profile: sampleProfile(), job: sampleJobDetails({ company }) });

describe('job operations', () => {
  it('queues a PENDING job with snapshots of the profile and the job', async () => {
    const job = await queue();
    expect(await getJob(job.id)).toMatchObject({
      status: 'PENDING', company: 'Babbage & Co', position: 'Staff Engineer, Payments', progress: 0, currentStep: 'Queued',
      profile: { name: 'Ada Lovelace' }, attempts: 0,
    });
  });

  it('cancels a pending job', async () => {
    const job = await queue();
    await cancelJob(job.id);
    expect((await getJob(job.id))?.status).toBe('CANCELLED');
  });

  it('cancels a running job and closes its attempt as cancelled', async () => {
    const job = await queue();
    await claimJobs('runner-a', 2);
    const cancelled = await cancelJob(job.id);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', lease: null });
    expect(cancelled.history.at(-1)?.outcome).toBe('cancelled');
  });

  it('refuses to cancel a finished job', async () => {
    const job = await queue();
    await cancelJob(job.id);
    await expect(cancelJob(job.id)).rejects.toThrow(IllegalTransitionError);
  });

  it('retries a failed job, keeping the history of attempts', async () => {
    const job = await queue();
    await claimJobs('runner-a', 1);
    await updateJob(job.id, (j) => ({ ...j, status: 'FAILED', error: 'The API key was refused', history: j.history.map((a) => ({ ...a, outcome: 'failed' as const, error: 'The API key was refused', endedAt: 5 })) }));
    const retried = await retryJob(job.id);
    expect(retried).toMatchObject({ status: 'PENDING', error: null, attempts: 1, progress: 0 });
    expect(retried.history).toEqual([expect.objectContaining({ outcome: 'failed', error: 'The API key was refused' })]);
  });

  it('refuses to retry a pending or completed job', async () => {
    const job = await queue();
    await expect(retryJob(job.id)).rejects.toThrow(IllegalTransitionError);
    await updateJob(job.id, (j) => ({ ...j, status: 'COMPLETED' }));
    await expect(retryJob(job.id)).rejects.toThrow(IllegalTransitionError);
  });

  it('deletes only finished jobs, with their letters', async () => {
    const job = await queue();
    await expect(deleteJob(job.id)).rejects.toThrow(JobNotFinishedError);
    await saveLetter({ id: 'l1', jobId: job.id, profileId: 'p', company: 'B', position: 'P', addressee: 'Hiring Team', opening: 'a', aboutMe: 'b', whyMe: 'c', whyCompany: 'd', model: 'm', usage: { inputTokens: 1, outputTokens: 1 }, findings: [], editedParts: [], generatedAt: 1, editedAt: null, language: 'en', versions: [] });
    await updateJob(job.id, (j) => ({ ...j, status: 'COMPLETED', coverLetterId: 'l1' }));
    await deleteJob(job.id);
    expect(await getJob(job.id)).toBeUndefined();
    expect(await getLetter('l1')).toBeUndefined();
  });

  it('clears finished jobs and keeps the others', async () => {
    const done = await queue('Done Co');
    const waiting = await queue('Waiting Co');
    await cancelJob(done.id);
    expect(await clearFinishedJobs()).toBe(1);
    expect(await getJob(done.id)).toBeUndefined();
    expect(await getJob(waiting.id)).toBeDefined();
  });

  it('moves a pending job to the front of the queue', async () => {
    const first = await queue('First');
    const second = await queue('Second');
    await prioritizeJob(second.id);
    const [claimed] = await claimJobs('runner', 1);
    expect(claimed?.id).toBe(second.id);
    expect((await getJob(first.id))?.status).toBe('PENDING');
  });
});
