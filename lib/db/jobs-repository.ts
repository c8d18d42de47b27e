import type { CoverLetter, GenerationJob, JobStatus } from '../schema';
import { announceChanges, type Change } from './changes';
import type { IDBPObjectStore, StoreNames } from 'idb';
import { getDatabase, type StudioDB } from './database';

export class JobNotFoundError extends Error {
  constructor(readonly jobId: string) {
    super(`This job no longer exists (it may have been deleted).`);
    this.name = 'JobNotFoundError';
  }
}

export interface JobListFilter {
  profileId?: string;
  status?: JobStatus;
}

export async function saveJob(job: GenerationJob): Promise<void> {
  const db = await getDatabase();
  await db.put('jobs', job);
  await announceChanges([{ store: 'jobs', ids: [job.id], op: 'put' }]);
}

export async function getJob(id: string): Promise<GenerationJob | undefined> {
  return (await getDatabase()).get('jobs', id);
}

/** Jobs still to run or running: what the badge shows and what keeps the watchdog on. */
export async function countActiveJobs(): Promise<number> {
  const db = await getDatabase();
  const [pending, running] = await Promise.all([
    db.countFromIndex('jobs', 'by-status', 'PENDING'),
    db.countFromIndex('jobs', 'by-status', 'IN_PROGRESS'),
  ]);
  return pending + running;
}

/** Newest first. */
export async function listJobs(filter: JobListFilter = {}): Promise<GenerationJob[]> {
  const db = await getDatabase();
  let jobs: GenerationJob[];
  if (filter.profileId !== undefined) {
    const range = IDBKeyRange.bound([filter.profileId, 0], [filter.profileId, Number.MAX_SAFE_INTEGER]);
    jobs = await db.getAllFromIndex('jobs', 'by-profile', range);
  } else if (filter.status !== undefined) {
    jobs = await db.getAllFromIndex('jobs', 'by-status', filter.status);
  } else {
    jobs = await db.getAllFromIndex('jobs', 'by-created');
  }
  if (filter.status !== undefined) jobs = jobs.filter((j) => j.status === filter.status);
  return jobs.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/**
 * Read-modify-write in one transaction, so concurrent writers (the runner, a cancel from the panel)
 * never overwrite each other. `change` must be synchronous; throwing aborts the transaction.
 */
export async function updateJob(id: string, change: (job: GenerationJob) => GenerationJob): Promise<GenerationJob> {
  const db = await getDatabase();
  const tx = db.transaction('jobs', 'readwrite');
  const next = await changeJobInTransaction(tx.objectStore('jobs'), id, change, () => tx.abort(), tx.done);
  await tx.done;
  await announceChanges([{ store: 'jobs', ids: [id], op: 'put' }]);
  return next;
}

type JobStore = IDBPObjectStore<StudioDB, ArrayLike<StoreNames<StudioDB>>, 'jobs', 'readwrite'>;

/** The read-modify-write shared by every job update: on any refusal the whole transaction aborts. */
async function changeJobInTransaction(
  jobs: JobStore,
  id: string,
  change: (job: GenerationJob) => GenerationJob,
  abort: () => void,
  done: Promise<void>,
): Promise<GenerationJob> {
  const current = await jobs.get(id);
  let failure: unknown = current ? null : new JobNotFoundError(id);
  let next: GenerationJob | undefined;
  if (current) {
    try {
      next = change(current);
    } catch (error) {
      failure = error;
    }
  }
  if (!next) {
    abort();
    await done.catch(() => undefined);
    throw failure;
  }
  await jobs.put(next);
  return next;
}

/**
 * Applies `change` to every job `select` picks, in one transaction: what the scheduler needs to
 * claim jobs without two runners claiming the same one.
 */
export async function updateJobsWhere(
  select: (jobs: GenerationJob[]) => GenerationJob[],
  change: (job: GenerationJob) => GenerationJob,
): Promise<GenerationJob[]> {
  const db = await getDatabase();
  const tx = db.transaction('jobs', 'readwrite');
  const candidates = [
    ...(await tx.store.index('by-status').getAll('PENDING')),
    ...(await tx.store.index('by-status').getAll('IN_PROGRESS')),
  ];
  const chosen = select(candidates).map(change);
  for (const job of chosen) await tx.store.put(job);
  await tx.done;
  if (chosen.length > 0) await announceChanges([{ store: 'jobs', ids: chosen.map((j) => j.id), op: 'put' }]);
  return chosen;
}

export async function deleteJobRecord(id: string): Promise<void> {
  const db = await getDatabase();
  await db.delete('jobs', id);
  await announceChanges([{ store: 'jobs', ids: [id], op: 'delete' }]);
}

/** Stores the letter and applies the job's final change in one transaction: both or neither. */
export async function saveLetterAndUpdateJob(
  letter: CoverLetter,
  jobId: string,
  change: (job: GenerationJob) => GenerationJob,
): Promise<GenerationJob> {
  const db = await getDatabase();
  const tx = db.transaction(['jobs', 'letters'], 'readwrite');
  const next = await changeJobInTransaction(tx.objectStore('jobs'), jobId, change, () => tx.abort(), tx.done);
  await tx.objectStore('letters').put(letter);
  await tx.done;
  const changes: Change[] = [
    { store: 'letters', ids: [letter.id], op: 'put' },
    { store: 'jobs', ids: [jobId], op: 'put' },
  ];
  await announceChanges(changes);
  return next;
}
