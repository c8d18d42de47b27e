import { listJobSummaries, updateJobsWhere } from '../db';
import { newId, type GenerationJob, type JobSummary } from '../schema';
import { LEASE_MS, MAX_HISTORY } from './timing';

type Queued = Pick<JobSummary, 'id' | 'priority' | 'createdAt'>;

/** Higher priority first, then oldest first. */
export function compareForScheduling(a: Queued, b: Queued): number {
  return b.priority - a.priority || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

export function hasLiveLease(job: Pick<JobSummary, 'status' | 'lease'>, now: number): boolean {
  return job.status === 'IN_PROGRESS' && job.lease !== null && job.lease.expiresAt > now;
}

/**
 * Claims as many pending jobs as the concurrency limit leaves room for, in one IndexedDB
 * transaction: two runners claiming at once are serialised by IndexedDB and never share a job.
 * Every claim gets its own token, so a run that outlived its lease can never write over the next one.
 */
export function claimJobs(
  owner: string,
  concurrency: number,
  now = Date.now(),
  /** Jobs this runner is still running: never claimed a second time. */
  ours: ReadonlySet<string> = new Set(),
  /** How many of ours count against the limit: those still waiting for the model (one being saved does not). */
  oursTalking = ours.size,
  /**
   * Told of the claimed jobs as soon as the claim is committed, before it is announced: the runs
   * start sooner. With them comes what nextWakeAt would answer, from the queue the claim read:
   * the engine needs no second read for its wake-up.
   */
  onClaimed?: (jobs: GenerationJob[], wakeAt: number | null) => void,
): Promise<GenerationJob[]> {
  let wakeAt: number | null = null;
  return updateJobsWhere(
    (jobs) => {
      const running = jobs.filter((j) => hasLiveLease(j, now) && !ours.has(j.id)).length + oursTalking;
      const room = Math.max(0, concurrency - running);
      const pending = jobs.filter((j) => j.status === 'PENDING' && !ours.has(j.id));
      wakeAt = earliestWait(pending, now);
      return pending
        .filter((j) => (j.notBefore ?? 0) <= now)
        .sort(compareForScheduling)
        .slice(0, room);
    },
    (job) => ({
      ...job,
      status: 'IN_PROGRESS',
      startedAt: now,
      completedAt: null,
      lease: { owner, token: newId(), expiresAt: now + LEASE_MS },
      attempts: job.attempts + 1,
      history: [...job.history, { startedAt: now, endedAt: null, outcome: 'running' as const, error: null, continuation: null }].slice(-MAX_HISTORY),
      progress: 0,
      currentStep: 'Preparing',
      // Kept: a retry after a broken stream continues from it (the runner decides).
      error: null,
      notBefore: null,
      waitReason: '',
      autoRetry: 0,
    }),
    onClaimed && ((claimed) => onClaimed(claimed, wakeAt)),
  );
}

/** When the earliest waiting job may start, if one waits for a later time: the wake-up alarm's time. */
export async function nextWakeAt(now = Date.now()): Promise<number | null> {
  const { items: pending } = await listJobSummaries({ status: 'PENDING' });
  return earliestWait(pending, now);
}

/** The earliest time after `now` that one of these pending jobs waits for, or null when none waits. */
function earliestWait(pending: readonly Pick<JobSummary, 'notBefore'>[], now: number): number | null {
  const times = pending.map((j) => j.notBefore ?? 0).filter((t) => t > now);
  return times.length ? Math.min(...times) : null;
}
