import type { CoverLetter, GenerationJob, JobStatus, JobSummary, JobLiveFields } from '../schema';
import { announceChanges, type Change } from './changes';
import { getDatabase } from './database';
import { deleteJobRecords, JOB_STORES, jobStoresOf, mergeJob, putJobRecords, putStreamText, readAllJobRecords, readJobRecords, readStreamText, type JobStores } from './job-records';

/**
 * A job is kept in three stores, written together in one transaction:
 * - `jobs`: the whole job (snapshots, config, history) as of its last state change, without its streamed text;
 * - `jobSummaries`: what the list shows (lib/schema/job-summary.ts), and the live progress and lease;
 * - `jobStreams`: the streamed text, present only while there is some.
 * A progress write while a letter streams touches only the last two (`recordJobProgress`); every
 * other write goes through `putJobRecords`, which derives the summary with `summarizeJob`.
 * Reading a whole job (`getJob`) lays the live fields of its summary and stream over the record.
 */
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
  const tx = db.transaction(JOB_STORES, 'readwrite');
  await Promise.all([putJobRecords(jobStoresOf(tx), job), tx.done]);
  await announceChanges([{ store: 'jobs', ids: [job.id], op: 'put' }]);
}

/** The whole job, snapshots included: for running it, its letter view and exports. The list reads summaries. */
export async function getJob(id: string): Promise<GenerationJob | undefined> {
  const db = await getDatabase();
  const tx = db.transaction(JOB_STORES, 'readonly');
  const [job] = await Promise.all([readJobRecords(jobStoresOf(tx), id), tx.done]);
  return job;
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

/** Whole jobs, newest first. Heavy: for code that needs the snapshots (backups, the apply flow). */
export async function listJobs(filter: JobListFilter = {}): Promise<GenerationJob[]> {
  const db = await getDatabase();
  if (filter.status === undefined && filter.profileId === undefined) {
    const tx = db.transaction(JOB_STORES, 'readonly');
    const [all] = await Promise.all([readAllJobRecords(jobStoresOf(tx)), tx.done]);
    return all.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  }
  const { items } = await listJobSummaries(filter);
  const tx = db.transaction(JOB_STORES, 'readonly');
  const stores = jobStoresOf(tx);
  const [jobs] = await Promise.all([
    Promise.all(
      items.map(async (summary) => {
        const [record, text] = await Promise.all([stores.jobs.get(summary.id), readStreamText(stores.streams, summary.id)]);
        return record ? mergeJob(record, summary, text) : undefined;
      }),
    ),
    tx.done,
  ]);
  return jobs.filter((job): job is GenerationJob => job !== undefined);
}

/** Where a page of summaries ended: the next page starts after it. */
export interface JobCursor {
  createdAt: number;
  id: string;
}

export interface JobSummaryQuery extends JobListFilter {
  /** Summaries per page; leave out to read everything after `after` in one go. */
  limit?: number;
  after?: JobCursor | null;
}

export interface JobSummaryPage {
  items: JobSummary[];
  /** Pass as `after` for the next page; null when this page reached the oldest job. */
  next: JobCursor | null;
}

/** Sorts after every number and string: the upper end of "everything with this prefix". */
const TOP: [] = [];

/** Every key of an index keyed [status or profile, createdAt, id] that starts with `prefix`. */
const everyWith = (prefix: string) => IDBKeyRange.bound([prefix], [prefix, TOP]);

function rangeFor(query: JobSummaryQuery): { index: 'by-created' | 'by-status' | 'by-profile'; range: IDBKeyRange | undefined } {
  const after = query.after;
  const prefixed = (prefix: string) => (after ? IDBKeyRange.bound([prefix], [prefix, after.createdAt, after.id], false, true) : everyWith(prefix));
  if (query.profileId !== undefined) return { index: 'by-profile', range: prefixed(query.profileId) };
  if (query.status !== undefined) return { index: 'by-status', range: prefixed(query.status) };
  return { index: 'by-created', range: after ? IDBKeyRange.upperBound([after.createdAt, after.id], true) : undefined };
}

const cursorOf = (summary: JobSummary): JobCursor => ({ createdAt: summary.createdAt, id: summary.id });

/**
 * Job summaries newest first (ties: higher id first), a page at a time through an index cursor,
 * optionally of one status and/or one profile. Without `limit`, everything after `after` in one read.
 */
export async function listJobSummaries(query: JobSummaryQuery = {}): Promise<JobSummaryPage> {
  const db = await getDatabase();
  const { index, range } = rangeFor(query);
  // The profile index is narrower; a status asked for as well is checked on each summary.
  const keep = (s: JobSummary) => query.status === undefined || s.status === query.status;
  if (query.limit === undefined) {
    const all = await db.getAllFromIndex('jobSummaries', index, range);
    return { items: all.reverse().filter(keep), next: null };
  }
  const limit = Math.max(0, Math.floor(query.limit));
  if (limit === 0) return { items: [], next: null };
  if (query.status === undefined || query.profileId === undefined) {
    // Every row of the range is on the page: three requests, however long the page (a value
    // cursor costs one round trip per row, most of the panel's wait for its first rows at 10,000
    // jobs): a key cursor from the newest row, moved to the first row past the page, then the
    // page in one read.
    const tx = db.transaction('jobSummaries', 'readonly');
    const source = tx.store.index(index);
    let past = await source.openKeyCursor(range, 'prev');
    if (past) past = await past.advance(limit);
    const pageRange = !past ? range : range?.upper !== undefined ? IDBKeyRange.bound(past.key, range.upper, true, range.upperOpen) : IDBKeyRange.lowerBound(past.key, true);
    const items = (await source.getAll(pageRange)).reverse();
    await tx.done;
    return { items, next: past && items.length > 0 ? cursorOf(items[items.length - 1]!) : null };
  }
  const items: JobSummary[] = [];
  let more = false;
  const tx = db.transaction('jobSummaries', 'readonly');
  let cursor = await tx.store.index(index).openCursor(range, 'prev');
  while (cursor) {
    if (keep(cursor.value)) {
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(cursor.value);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return { items, next: more && items.length > 0 ? cursorOf(items[items.length - 1]!) : null };
}

/** The summaries of these jobs, in the same order (undefined for a job that no longer exists). */
export async function getJobSummaries(ids: readonly string[]): Promise<(JobSummary | undefined)[]> {
  const db = await getDatabase();
  const tx = db.transaction('jobSummaries', 'readonly');
  const [summaries] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
  return summaries;
}

/** The text streamed so far for a job ('' when none). */
export async function getJobStreamText(id: string): Promise<string> {
  const db = await getDatabase();
  const tx = db.transaction('jobStreams', 'readonly');
  const [text] = await Promise.all([readStreamText(tx.store, id), tx.done]);
  return text;
}

/**
 * Read-modify-write of a whole job in one transaction, so concurrent writers (the runner, a cancel
 * from the panel) never overwrite each other. `change` must be synchronous; throwing aborts the transaction.
 */
export async function updateJob(id: string, change: (job: GenerationJob) => GenerationJob): Promise<GenerationJob> {
  const db = await getDatabase();
  const tx = db.transaction(JOB_STORES, 'readwrite');
  const next = await changeJobInTransaction(jobStoresOf(tx), id, change, () => tx.abort(), tx.done);
  await tx.done;
  await announceChanges([{ store: 'jobs', ids: [id], op: 'put' }]);
  return next;
}

/** The read-modify-write shared by every job update: on any refusal the whole transaction aborts. */
async function changeJobInTransaction(
  stores: JobStores<'readwrite'>,
  id: string,
  change: (job: GenerationJob) => GenerationJob,
  abort: () => void,
  done: Promise<void>,
): Promise<GenerationJob> {
  const current = await readJobRecords(stores, id);
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
  await putJobRecords(stores, next);
  return next;
}

/** What one progress write changes: the live fields of the summary, and the streamed text when given. */
export type JobProgressUpdate = Partial<Omit<JobLiveFields, 'streamedText'>> & {
  streamedText?: string;
  /**
   * The caller knows the stored text is the first `knownPrefix` characters of `streamedText` (it
   * wrote them): only the rest is added, as one more piece. Checked against the summary's count;
   * on any doubt the whole text is written.
   */
  knownPrefix?: number;
};

/**
 * The write a running job makes several times a second: only its summary and its streamed text,
 * never the job record with its snapshots. `change` sees the current summary (status and lease
 * included, so a runner can check it still holds the job) and must be synchronous; throwing aborts.
 */
export async function recordJobProgress(id: string, change: (summary: JobSummary) => JobProgressUpdate): Promise<JobSummary> {
  const db = await getDatabase();
  const tx = db.transaction(['jobSummaries', 'jobStreams'], 'readwrite');
  const summaries = tx.objectStore('jobSummaries');
  const current = await summaries.get(id);
  let failure: unknown = current ? null : new JobNotFoundError(id);
  let update: JobProgressUpdate | undefined;
  if (current) {
    try {
      update = change(current);
    } catch (error) {
      failure = error;
    }
  }
  if (!current || !update) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw failure;
  }
  const { streamedText, knownPrefix, ...live } = update;
  const next: JobSummary = { ...current, ...live, streamedChars: streamedText?.length ?? current.streamedChars };
  const writes: Promise<unknown>[] = [summaries.put(next)];
  if (streamedText !== undefined) {
    const streams = tx.objectStore('jobStreams');
    const appends = knownPrefix !== undefined && knownPrefix === current.streamedChars && knownPrefix <= streamedText.length;
    if (!appends) writes.push(putStreamText(streams, id, streamedText));
    else if (streamedText.length > knownPrefix) writes.push(streams.put({ id, at: knownPrefix, text: streamedText.slice(knownPrefix) }));
  }
  await Promise.all([...writes, tx.done]);
  await announceChanges([{ store: 'jobs', ids: [id], op: 'progress' }]);
  return next;
}

/**
 * Applies `change` to every job `select` picks among the pending and running ones, in one
 * transaction: what the scheduler needs to claim jobs without two runners claiming the same one.
 * `select` sees only their summaries (status, lease, priority, times): the scheduler runs after
 * every finished job, and reading a long queue's snapshots each time would delay the next start.
 * Only the jobs it picks are read whole.
 */
export async function updateJobsWhere(
  select: (jobs: JobSummary[]) => Pick<JobSummary, 'id'>[],
  change: (job: GenerationJob) => GenerationJob,
  /** Called once the change is committed, before it is announced: a claim starts its runs without waiting for the announcement. */
  onCommitted?: (changed: GenerationJob[]) => void,
): Promise<GenerationJob[]> {
  const db = await getDatabase();
  const tx = db.transaction(JOB_STORES, 'readwrite');
  const stores = jobStoresOf(tx);
  const byStatus = stores.summaries.index('by-status');
  const [pending, running] = await Promise.all([byStatus.getAll(everyWith('PENDING')), byStatus.getAll(everyWith('IN_PROGRESS'))]);
  const picked = select([...pending, ...running]);
  const jobs = await Promise.all(picked.map(({ id }) => readJobRecords(stores, id)));
  const chosen = jobs.filter((job): job is GenerationJob => job !== undefined).map(change);
  await Promise.all(chosen.map((job) => putJobRecords(stores, job)));
  await tx.done;
  onCommitted?.(chosen);
  if (chosen.length > 0) await announceChanges([{ store: 'jobs', ids: chosen.map((j) => j.id), op: 'put' }]);
  return chosen;
}

export async function deleteJobRecord(id: string): Promise<void> {
  const db = await getDatabase();
  const tx = db.transaction(JOB_STORES, 'readwrite');
  await Promise.all([deleteJobRecords(jobStoresOf(tx), id), tx.done]);
  await announceChanges([{ store: 'jobs', ids: [id], op: 'delete' }]);
}

/**
 * Stores the letter and applies the job's final change in one transaction: both or neither, and
 * announced at once (the panel shows "Completed" from this one announcement).
 */
export async function saveLetterAndUpdateJob(
  letter: CoverLetter,
  jobId: string,
  change: (job: GenerationJob) => GenerationJob,
): Promise<GenerationJob> {
  const db = await getDatabase();
  const tx = db.transaction([...JOB_STORES, 'letters'], 'readwrite');
  const next = await changeJobInTransaction(jobStoresOf(tx), jobId, change, () => tx.abort(), tx.done);
  await tx.objectStore('letters').put(letter);
  await tx.done;
  const changes: Change[] = [
    { store: 'letters', ids: [letter.id], op: 'put' },
    { store: 'jobs', ids: [jobId], op: 'put' },
  ];
  await announceChanges(changes);
  return next;
}
