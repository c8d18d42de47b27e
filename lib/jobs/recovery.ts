import { updateJobsWhere } from '../db';
import type { GenerationJob } from '../schema';
import { closeOpenAttempt } from './operations';
import { MAX_INTERRUPTIONS } from './timing';

/** Interruptions at the end of the history: a manual retry starts the count again. */
function interruptionsInARow(job: GenerationJob): number {
  let count = 0;
  for (let i = job.history.length - 1; i >= 0; i--) {
    const outcome = job.history[i]!.outcome;
    if (outcome === 'interrupted' || outcome === 'running') count++;
    else break;
  }
  return count;
}

export function isOrphaned(job: Pick<GenerationJob, 'status' | 'lease'>, now: number): boolean {
  return job.status === 'IN_PROGRESS' && (job.lease === null || job.lease.expiresAt <= now);
}

/**
 * Jobs whose runner died (the service worker was stopped, the browser closed) go back to PENDING,
 * or to FAILED with an explanation after MAX_INTERRUPTIONS interruptions in a row.
 */
export function recoverOrphanedJobs(
  now = Date.now(),
  /** Jobs the caller is still running: a lapsed lease on a live run (a laptop that slept) is renewed by that run, not recovered. */
  alive: ReadonlySet<string> = new Set(),
): Promise<GenerationJob[]> {
  return updateJobsWhere(
    (jobs) => jobs.filter((j) => isOrphaned(j, now) && !alive.has(j.id)),
    (job) => {
      if (interruptionsInARow(job) >= MAX_INTERRUPTIONS) {
        const error = `The browser stopped this job ${MAX_INTERRUPTIONS} times before it could finish. Press Retry to try again; if it keeps happening, try a shorter job description.`;
        // Closed as 'failed', not 'interrupted': a manual retry then starts the count of interruptions again.
        const history = closeOpenAttempt(job, 'failed', error, now);
        return {
          ...job,
          status: 'FAILED',
          lease: null,
          completedAt: now,
          history,
          error,
        };
      }
      const history = closeOpenAttempt(job, 'interrupted', 'The browser stopped the job before it finished.', now);
      return { ...job, status: 'PENDING', lease: null, currentStep: 'Queued', progress: 0, history };
    },
  );
}
