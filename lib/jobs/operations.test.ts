import { describe, expect, it, vi } from 'vitest';
import { getJob, getLetter, saveLetter, updateJob, watchChanges, type Change } from '../db';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { cancelJob, clearFinishedJobs, deleteJob, JobNotFinishedError, prioritizeJob, queueJob, retryJob, startPausedJob } from './operations';
import { recoverOrphanedJobs } from './recovery';
import { claimJobs } from './scheduler';
import { IllegalTransitionError } from './state-machine';
import { LEASE_MS } from './timing';

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

describe('job operations: what each button leaves behind', () => {
  const failedAfterOneRun = async () => {
    const job = await queue();
    await claimJobs('runner-a', 1, 1000);
    await updateJob(job.id, (j) => ({
      ...j, status: 'FAILED', error: 'The server was overloaded', currentStep: 'Writing', progress: 60, streamedText: 'Dear Hiring Team, I have led',
      notBefore: 99_000, waitReason: 'The server asked to wait a minute', completedAt: 2000,
      history: j.history.map((a) => ({ ...a, outcome: 'failed' as const, error: 'The server was overloaded', endedAt: 2000 })),
    }));
    return job;
  };

  it('Retry starts afresh: queued, no half-written text, no reason to wait', async () => {
    const job = await failedAfterOneRun();
    await retryJob(job.id);
    expect(await getJob(job.id)).toMatchObject({
      status: 'PENDING', currentStep: 'Queued', progress: 0, streamedText: '', waitReason: '', notBefore: null, error: null, completedAt: null,
    });
  });

  it('refuses to retry a running job, which keeps running', async () => {
    const job = await queue();
    await claimJobs('runner-a', 1);
    await expect(retryJob(job.id)).rejects.toThrow('A running job cannot be retried: cancel it first.');
    expect((await getJob(job.id))?.status).toBe('IN_PROGRESS');
  });

  it('cancelling a running job closes only its own attempt; earlier attempts keep their outcome', async () => {
    const job = await failedAfterOneRun();
    await retryJob(job.id);
    await claimJobs('runner-b', 1, 3000);
    const cancelled = await cancelJob(job.id);
    expect(cancelled.history.map((a) => [a.outcome, a.endedAt])).toEqual([['failed', 2000], ['cancelled', expect.any(Number)]]);
  });

  it('cancelling a job waiting after a failed attempt leaves that attempt as it ended', async () => {
    const job = await failedAfterOneRun();
    await retryJob(job.id);
    const cancelled = await cancelJob(job.id);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.history).toEqual([expect.objectContaining({ outcome: 'failed', error: 'The server was overloaded', endedAt: 2000 })]);
  });

  it('starts a paused job (from a backup): it joins the queue', async () => {
    const job = await queue();
    await updateJob(job.id, (j) => ({ ...j, status: 'PAUSED', currentStep: 'Queued', progress: 0 }));
    const started = await startPausedJob(job.id);
    expect(started).toMatchObject({ status: 'PENDING', currentStep: 'Queued', progress: 0 });
    expect(await getJob(job.id)).toMatchObject({ status: 'PENDING', currentStep: 'Queued' });
    expect((await claimJobs('runner', 1)).map((j) => j.id)).toEqual([job.id]);
  });

  it('Start is only for paused jobs, and says why otherwise', async () => {
    const job = await queue();
    await cancelJob(job.id);
    await expect(startPausedJob(job.id)).rejects.toThrow('Only a paused job can be started; this one is cancelled.');
    expect((await getJob(job.id))?.status).toBe('CANCELLED');
    const waiting = await queue();
    await expect(startPausedJob(waiting.id)).rejects.toThrow(IllegalTransitionError);
  });

  it('"Generate next" goes in front of a job that was already given a higher priority', async () => {
    const urgent = await queueJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Urgent' }), config: { instructions: {}, priority: 5 } });
    const later = await queue('Later');
    await prioritizeJob(later.id);
    expect((await claimJobs('runner', 1)).map((j) => j.company)).toEqual(['Later']);
    expect((await getJob(urgent.id))?.status).toBe('PENDING');
  });

  it('"Generate next" puts a job in front of the waiting ones only: an interrupted run that comes back still goes first', async () => {
    const running = await queueJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Running' }), config: { instructions: {}, priority: 5 } });
    await claimJobs('dead-runner', 1, 1000);
    const other = await queue('Other');
    const next = await queue('Next');
    await prioritizeJob(next.id);
    await recoverOrphanedJobs(1000 + LEASE_MS + 1);
    expect((await getJob(running.id))?.status).toBe('PENDING');
    expect((await claimJobs('runner', 3, 1000 + LEASE_MS + 2)).map((j) => j.company)).toEqual(['Running', 'Next', 'Other']);
  });

  it('refuses to move a job that is not waiting, saying why', async () => {
    const job = await queue();
    await cancelJob(job.id);
    await expect(prioritizeJob(job.id)).rejects.toThrow('Only a pending job can be moved to the front; this one is cancelled.');
    expect((await getJob(job.id))?.config.priority).toBe(0);
  });

  it('refuses to delete a running job, saying to cancel it first', async () => {
    const job = await queue();
    await claimJobs('runner', 1);
    const error = await deleteJob(job.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobNotFinishedError);
    expect(error).toMatchObject({ name: 'JobNotFinishedError', message: 'A job that is in progress cannot be deleted: cancel it first.' });
    expect((await getJob(job.id))?.status).toBe('IN_PROGRESS');
  });

  it('deleting a job that is already gone (a second click) does nothing', async () => {
    const job = await queue();
    await cancelJob(job.id);
    await deleteJob(job.id);
    await expect(deleteJob(job.id)).resolves.toBeUndefined();
    await expect(deleteJob('never-existed')).resolves.toBeUndefined();
  });

  it('tells every open page that the job and its letters are gone', async () => {
    const job = await queue();
    await saveLetter({ id: 'l2', jobId: job.id, profileId: 'p', company: 'B', position: 'P', addressee: 'Hiring Team', opening: 'a', aboutMe: 'b', whyMe: 'c', whyCompany: 'd', model: 'm', usage: { inputTokens: 1, outputTokens: 1 }, findings: [], editedParts: [], generatedAt: 1, editedAt: null, language: 'en', versions: [] });
    await updateJob(job.id, (j) => ({ ...j, status: 'COMPLETED', coverLetterId: 'l2' }));
    const seen: Change[] = [];
    const unwatch = watchChanges((changes) => seen.push(...changes));
    await deleteJob(job.id);
    await vi.waitFor(() => expect(seen).toContainEqual({ store: 'letters', ids: ['l2'], op: 'delete' }));
    unwatch();
    expect(seen).toContainEqual({ store: 'jobs', ids: [job.id], op: 'delete' });
  });

  it('clears the finished jobs of one profile only', async () => {
    const mine = await queue('Mine');
    const theirs = await queueJob({ profile: sampleProfile({ id: 'profile-grace', name: 'Grace Hopper' }), job: sampleJobDetails({ company: 'Theirs' }) });
    const stillWaiting = await queue('Waiting');
    await cancelJob(mine.id);
    await cancelJob(theirs.id);
    expect(await clearFinishedJobs('profile-ada')).toBe(1);
    expect(await getJob(mine.id)).toBeUndefined();
    expect((await getJob(theirs.id))?.status).toBe('CANCELLED');
    expect((await getJob(stillWaiting.id))?.status).toBe('PENDING');
  });
});
