import {
  deleteJobRecord,
  deleteJobRecords,
  getDatabase,
  announceChanges,
  getJob,
  JOB_STORES,
  jobStoresOf,
  listJobSummaries,
  saveJob,
  updateJob,
} from '../db';
import type { Attempt, GenerationJob } from '../schema';
import { createGenerationJob, type NewJobInput } from './new-job';
import { assertTransition, describeStatus, isFinished } from './state-machine';

/** Stores a new PENDING job. The caller then asks the background to start it. */
export async function queueJob(input: NewJobInput): Promise<GenerationJob> {
  const job = createGenerationJob(input);
  await saveJob(job);
  return job;
}

function closeOpenAttempt(job: GenerationJob, outcome: Exclude<Attempt['outcome'], 'running'>, error: string | null, now: number) {
  return job.history.map((attempt, i) =>
    i === job.history.length - 1 && attempt.outcome === 'running' ? { ...attempt, outcome, error, endedAt: now } : attempt,
  );
}

/** Pending or running → CANCELLED. A running job's runner sees the change and aborts its request. */
export function cancelJob(id: string): Promise<GenerationJob> {
  return updateJob(id, (job) => {
    assertTransition(job.status, 'CANCELLED');
    const now = Date.now();
    return {
      ...job,
      status: 'CANCELLED',
      completedAt: now,
      lease: null,
      error: null,
      history: closeOpenAttempt(job, 'cancelled', null, now),
    };
  });
}

/** Failed or cancelled → PENDING, keeping the history of earlier attempts. */
export function retryJob(id: string): Promise<GenerationJob> {
  return updateJob(id, (job) => {
    assertTransition(job.status, 'PENDING');
    if (job.status === 'IN_PROGRESS') throw new Error('A running job cannot be retried: cancel it first.');
    return {
      ...job,
      status: 'PENDING',
      error: null,
      progress: 0,
      currentStep: 'Queued',
      startedAt: null,
      completedAt: null,
      streamedText: '',
      lease: null,
      // The user asked for it now: a server's earlier "wait until" no longer holds it back.
      notBefore: null,
      waitReason: '',
      autoRetry: 0,
    };
  });
}

/** A paused job (from a backup) → PENDING: the user chose to spend credit on it. */
export function startPausedJob(id: string): Promise<GenerationJob> {
  return updateJob(id, (job) => {
    assertTransition(job.status, 'PENDING');
    if (job.status !== 'PAUSED') throw new Error(`Only a paused job can be started; this one is ${describeStatus(job.status)}.`);
    return { ...job, status: 'PENDING', currentStep: 'Queued', progress: 0 };
  });
}

/** Moves a pending job in front of every other pending job ("Generate next"). */
export async function prioritizeJob(id: string): Promise<GenerationJob> {
  const db = await getDatabase();
  const { items: pending } = await listJobSummaries({ status: 'PENDING' });
  const top = Math.max(0, ...pending.map((j) => j.priority));
  return updateJob(id, (job) => {
    if (job.status !== 'PENDING') throw new Error(`Only a pending job can be moved to the front; this one is ${describeStatus(job.status)}.`);
    return { ...job, config: { ...job.config, priority: top + 1 } };
  });
}

export class JobNotFinishedError extends Error {
  constructor(status: GenerationJob['status']) {
    super(`A job that is ${describeStatus(status)} cannot be deleted: cancel it first.`);
    this.name = 'JobNotFinishedError';
  }
}

/** Deletes a finished job and the letters written for it, in one transaction. */
export async function deleteJob(id: string): Promise<void> {
  const db = await getDatabase();
  const tx = db.transaction([...JOB_STORES, 'letters'], 'readwrite');
  const job = await tx.objectStore('jobSummaries').get(id);
  if (!job) {
    await tx.done;
    return;
  }
  if (!isFinished(job.status)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new JobNotFinishedError(job.status);
  }
  const letterIds = await tx.objectStore('letters').index('by-job').getAllKeys(id);
  for (const letterId of letterIds) await tx.objectStore('letters').delete(letterId);
  await deleteJobRecords(jobStoresOf(tx), id);
  await tx.done;
  await announceChanges([
    { store: 'jobs', ids: [id], op: 'delete' },
    ...(letterIds.length ? [{ store: 'letters' as const, ids: letterIds, op: 'delete' as const }] : []),
  ]);
}

/** Deletes every finished job (optionally of one profile); returns how many went. */
export async function clearFinishedJobs(profileId?: string): Promise<number> {
  const { items: all } = await listJobSummaries({ profileId });
  const finished = all.filter((j) => isFinished(j.status) && (profileId === undefined || j.profileId === profileId));
  for (const job of finished) await deleteJob(job.id);
  return finished.length;
}

export { getJob, deleteJobRecord, closeOpenAttempt, createGenerationJob, type NewJobInput };
