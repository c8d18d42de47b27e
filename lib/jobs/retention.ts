import { listJobSummaries } from '../db';
import { isFinished } from './state-machine';
import { deleteJob } from './operations';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The daily alarm that applies "Keep finished jobs for". */
export const RETENTION_ALARM = 'retention';

/**
 * Deletes finished jobs (and their letters) that ended more than `keepDays` ago; 0 keeps everything.
 * Only ever what the user chose in Settings: nothing is deleted by default.
 */
export async function deleteExpiredJobs(keepDays: number, now = Date.now()): Promise<number> {
  if (keepDays <= 0) return 0;
  const cutoff = now - keepDays * DAY_MS;
  // Created before the cutoff (newest first from there): only those can have ended before it.
  const { items: old } = await listJobSummaries({ after: { createdAt: cutoff, id: '' } });
  const expired = old.filter((job) => isFinished(job.status) && (job.completedAt ?? job.createdAt) < cutoff);
  for (const job of expired) await deleteJob(job.id);
  return expired.length;
}
