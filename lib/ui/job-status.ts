import { MAX_AUTO_RETRIES } from '../jobs/auto-retry';
import type { GenerationJob, JobStatus } from '../schema';

/** The one status word a job shows. */
export const STATUS_LABELS: Record<JobStatus, string> = {
  PENDING: 'Pending',
  PAUSED: 'Paused',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

/** Decorative: the word carries the meaning. */
export const STATUS_ICONS: Record<JobStatus, string> = {
  PENDING: '◷',
  PAUSED: '❚❚',
  IN_PROGRESS: '●',
  COMPLETED: '✓',
  FAILED: '!',
  CANCELLED: '×',
};

export type JobAction = 'view' | 'start' | 'next' | 'cancel' | 'retry' | 'delete';

export const ACTION_LABELS: Record<JobAction, string> = {
  view: 'View cover letter',
  start: 'Start',
  next: 'Generate next',
  cancel: 'Cancel',
  retry: 'Retry',
  delete: 'Delete',
};

/** Which buttons a job offers, in display order. */
export function actionsFor(job: Pick<GenerationJob, 'status' | 'coverLetterId'>): JobAction[] {
  switch (job.status) {
    case 'PENDING':
      return ['next', 'cancel'];
    case 'PAUSED':
      return ['start', 'cancel'];
    case 'IN_PROGRESS':
      return ['cancel'];
    case 'COMPLETED':
      return ['view', 'delete'];
    case 'FAILED':
    case 'CANCELLED':
      return ['retry', 'delete'];
  }
}

/**
 * For a queued job held back until a later time: "Retrying in 8 s (attempt 2 of 3): <reason>" for
 * an automatic retry, "Waiting: rate limit, next try at 14:05" for a long wait; null otherwise.
 */
export function waitingText(job: Pick<GenerationJob, 'status' | 'notBefore' | 'waitReason' | 'autoRetry'>, now: number, locale?: string): string | null {
  if (job.status !== 'PENDING' || !job.notBefore || job.notBefore <= now) return null;
  if (job.autoRetry > 0) {
    const seconds = Math.max(1, Math.ceil((job.notBefore - now) / 1000));
    return `Retrying in ${seconds} s (attempt ${job.autoRetry} of ${MAX_AUTO_RETRIES})${job.waitReason ? `: ${job.waitReason}` : ''}`;
  }
  const at = new Date(job.notBefore).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  return `Waiting: ${job.waitReason || 'server busy'}, next try at ${at}`;
}
