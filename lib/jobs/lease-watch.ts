import type { GenerationJob } from '../schema';

/** How long after a lease lapses an open panel checks on it (and wakes the worker when it is orphaned). */
export const LEASE_CHECK_GRACE_MS = 300;

/**
 * When the next running job's lease lapses, if none is renewed before: the moment an open panel
 * should look again. A worker that died mid-job is then woken within a second or so, instead of
 * at the next watchdog alarm (up to 30 s).
 */
export function nextLeaseCheck(jobs: readonly Pick<GenerationJob, 'status' | 'lease'>[]): number | null {
  let earliest: number | null = null;
  for (const job of jobs) {
    if (job.status !== 'IN_PROGRESS' || !job.lease) continue;
    if (earliest === null || job.lease.expiresAt < earliest) earliest = job.lease.expiresAt;
  }
  return earliest === null ? null : earliest + LEASE_CHECK_GRACE_MS;
}
