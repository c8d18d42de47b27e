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
export function mergeJob(record: GenerationJob, summary: JobSummary | undefined, streamedText: string | undefined): GenerationJob {
  const text = streamedText ?? record.streamedText;
  if (!summary) return { ...record, streamedText: text };
  return { ...record, progress: summary.progress, currentStep: summary.currentStep, lease: summary.lease, usage: summary.usage, streamedText: text };
}

/** Every chunk of one job's streamed text: keys [id, offset]. */
export const streamRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/** The streamed text of one job from its chunks (in key order, so by offset). */
export function joinChunks(chunks: readonly JobStream[]): string {
  return chunks.map((chunk) => chunk.text).join('');
}

/** Replaces a job's streamed text with `text` (one chunk), or removes it when empty. */
export function putStreamText(streams: Store<'jobStreams', WriteMode>, id: string, text: string): Promise<unknown> {
  const cleared = streams.delete(streamRange(id));
  return text ? Promise.all([cleared, streams.put({ id, at: 0, text })]) : cleared;
}

/** Writes a whole job into its three stores (inside the caller's transaction). */
export function putJobRecords(stores: JobStores<WriteMode>, job: GenerationJob): Promise<unknown> {
  return Promise.all([
    stores.jobs.put({ ...job, streamedText: '' }),
    stores.summaries.put(summarizeJob(job)),
    putStreamText(stores.streams, job.id, job.streamedText),
  ]);
}

export async function readStreamText(streams: Store<'jobStreams', IDBTransactionMode>, id: string): Promise<string> {
  return joinChunks(await streams.getAll(streamRange(id)));
}

export async function readJobRecords(stores: JobStores<IDBTransactionMode>, id: string): Promise<GenerationJob | undefined> {
  const [record, summary, text] = await Promise.all([stores.jobs.get(id), stores.summaries.get(id), readStreamText(stores.streams, id)]);
  return record ? mergeJob(record, summary, text) : undefined;
}

/** Every whole job, in the order of the `jobs` store (by id): three reads, however many jobs. */
export async function readAllJobRecords(stores: JobStores<IDBTransactionMode>): Promise<GenerationJob[]> {
  const [records, summaries, pieces] = await Promise.all([stores.jobs.getAll(), stores.summaries.getAll(), stores.streams.getAll()]);
  const summaryOf = new Map(summaries.map((s) => [s.id, s]));
  // Pieces come in key order ([id, offset]): grouped by job, each job's in order.
  const piecesOf = new Map<string, JobStream[]>();
  for (const piece of pieces) {
    const list = piecesOf.get(piece.id);
    if (list) list.push(piece);
    else piecesOf.set(piece.id, [piece]);
  }
  return records.map((record) => mergeJob(record, summaryOf.get(record.id), joinChunks(piecesOf.get(record.id) ?? [])));
}

export function deleteJobRecords(stores: JobStores<WriteMode>, id: string): Promise<unknown> {
  return Promise.all([stores.jobs.delete(id), stores.summaries.delete(id), stores.streams.delete(streamRange(id))]);
}
