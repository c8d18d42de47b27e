import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { summarizeJob, type GenerationJob, type JobStream, type JobSummary } from '../schema';
import type { StudioDB } from './database';

/**
 * A job is kept in three stores, written together in one transaction:
 * - `jobs`: the whole job (snapshots, config, history) as of its last state change, without its streamed text;
 * - `jobSummaries`: what the list shows (lib/schema/job-summary.ts), and the live progress and lease;
 * - `jobStreams`: the streamed text, present only while there is some.
 * A progress write while a letter streams touches only the last two (`recordJobProgress` in
 * jobs-repository.ts); every other write goes through `putJobRecords`, which derives the summary
 * with `summarizeJob`. Reading a whole job lays the live fields of its summary and stream over the record.
 * Only types come from database.ts: the v5 migration uses this module while the database opens.
 */
export const JOB_STORES = ['jobs', 'jobSummaries', 'jobStreams'] as const;

type WriteMode = 'readwrite' | 'versionchange';

type AnyTx<Mode extends IDBTransactionMode> = IDBPTransaction<StudioDB, ArrayLike<StoreNames<StudioDB>>, Mode>;
type Store<Name extends StoreNames<StudioDB>, Mode extends IDBTransactionMode> = IDBPObjectStore<StudioDB, ArrayLike<StoreNames<StudioDB>>, Name, Mode>;

/** The three job stores of one transaction that includes JOB_STORES. */
export interface JobStores<Mode extends IDBTransactionMode> {
  jobs: Store<'jobs', Mode>;
  summaries: Store<'jobSummaries', Mode>;
  streams: Store<'jobStreams', Mode>;
}

export function jobStoresOf<Mode extends IDBTransactionMode>(tx: AnyTx<Mode>): JobStores<Mode> {
  return { jobs: tx.objectStore('jobs'), summaries: tx.objectStore('jobSummaries'), streams: tx.objectStore('jobStreams') };
}

/** The whole job: the record with the live fields of its summary and its streamed text laid over it. */
export function mergeJob(record: GenerationJob, summary: JobSummary | undefined, stream: JobStream | undefined): GenerationJob {
  const streamedText = stream?.text ?? record.streamedText;
  if (!summary) return { ...record, streamedText };
  return { ...record, progress: summary.progress, currentStep: summary.currentStep, lease: summary.lease, usage: summary.usage, streamedText };
}

/** Writes a whole job into its three stores (inside the caller's transaction). */
export function putJobRecords(stores: JobStores<WriteMode>, job: GenerationJob): Promise<unknown> {
  return Promise.all([
    stores.jobs.put({ ...job, streamedText: '' }),
    stores.summaries.put(summarizeJob(job)),
    job.streamedText ? stores.streams.put({ id: job.id, text: job.streamedText }) : stores.streams.delete(job.id),
  ]);
}

export async function readJobRecords(stores: JobStores<IDBTransactionMode>, id: string): Promise<GenerationJob | undefined> {
  const [record, summary, stream] = await Promise.all([stores.jobs.get(id), stores.summaries.get(id), stores.streams.get(id)]);
  return record ? mergeJob(record, summary, stream) : undefined;
}

export function deleteJobRecords(stores: JobStores<WriteMode>, id: string): Promise<unknown> {
  return Promise.all([stores.jobs.delete(id), stores.summaries.delete(id), stores.streams.delete(id)]);
}

