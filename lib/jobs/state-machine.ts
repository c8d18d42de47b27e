import type { JobStatus } from '../schema';

/** Every legal status change. Anything else is a bug or a race, and is refused. */
const TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  PENDING: ['IN_PROGRESS', 'CANCELLED'],
  // Start (→ PENDING) or Cancel; nothing runs a paused job.
  PAUSED: ['PENDING', 'CANCELLED'],
  // Back to PENDING only when the runner died and the job is recovered.
  IN_PROGRESS: ['COMPLETED', 'FAILED', 'CANCELLED', 'PENDING'],
  COMPLETED: [],
  FAILED: ['PENDING'],
  CANCELLED: ['PENDING'],
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: JobStatus,
    readonly to: JobStatus,
  ) {
    super(`A job that is ${describeStatus(from)} cannot become ${describeStatus(to)}.`);
    this.name = 'IllegalTransitionError';
  }
}

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: JobStatus, to: JobStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

export function isFinished(status: JobStatus): boolean {
  return status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELLED';
}

export function describeStatus(status: JobStatus): string {
  return { PENDING: 'pending', PAUSED: 'paused', IN_PROGRESS: 'in progress', COMPLETED: 'completed', FAILED: 'failed', CANCELLED: 'cancelled' }[status];
}
