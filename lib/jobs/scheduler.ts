import { updateJobsWhere } from '../db';
import type { GenerationJob } from '../schema';
import { LEASE_MS } from './timing';

/** Higher priority first, then oldest first. */
export function compareForScheduling(a: GenerationJob, b: GenerationJob): number {
  return b.config.priority - a.config.priority || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

export function hasLiveLease(job: GenerationJob, now: number): boolean {
  return job.status === 'IN_PROGRESS' && job.lease !== null && job.lease.expiresAt > now;
}

/**
 * Claims as many pending jobs as the concurrency limit leaves room for, in one IndexedDB
 * transaction: two runners claiming at once are serialised by IndexedDB and never share a job.
 */
export function claimJobs(owner: string, concurrency: number, now = Date.now()): Promise<GenerationJob[]> {
  return updateJobsWhere(
    (jobs) => {
      const running = jobs.filter((j) => hasLiveLease(j, now)).length;
      const room = Math.max(0, concurrency - running);
      return jobs
        .filter((j) => j.status === 'PENDING')
        .sort(compareForScheduling)
        .slice(0, room);
    },
    (job) => ({
      ...job,
      status: 'IN_PROGRESS',
      startedAt: now,
      completedAt: null,
      lease: { owner, expiresAt: now + LEASE_MS },
      attempts: job.attempts + 1,
      history: [...job.history, { startedAt: now, endedAt: null, outcome: 'running', error: null }],
      progress: 0,
      currentStep: 'Preparing',
      streamedText: '',
      error: null,
    }),
  );
}
