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

export function isOrphaned(job: GenerationJob, now: number): boolean {
  return job.status === 'IN_PROGRESS' && (job.lease === null || job.lease.expiresAt <= now);
}

/**
 * Jobs whose runner died (the service worker was stopped, the browser closed) go back to PENDING,
 * or to FAILED with an explanation after MAX_INTERRUPTIONS interruptions in a row.
 */
export function recoverOrphanedJobs(now = Date.now()): Promise<GenerationJob[]> {
  return updateJobsWhere(
    (jobs) => jobs.filter((j) => isOrphaned(j, now)),
    (job) => {
      const history = closeOpenAttempt(job, 'interrupted', 'The browser stopped the job before it finished.', now);
      if (interruptionsInARow(job) >= MAX_INTERRUPTIONS) {
        return {
          ...job,
          status: 'FAILED',
          lease: null,
          completedAt: now,
          history,
          error: `The browser stopped this job ${MAX_INTERRUPTIONS} times before it could finish. Press Retry to try again; if it keeps happening, try a shorter job description.`,
        };
      }
      return { ...job, status: 'PENDING', lease: null, currentStep: 'Queued', progress: 0, history };
    },
  );
}
