import { describe, expect, it } from 'vitest';
import { JOB_STATUSES, type JobStatus } from '../schema';
import { assertTransition, canTransition, IllegalTransitionError } from './state-machine';

const allowed: Array<[JobStatus, JobStatus]> = [
  ['PENDING', 'IN_PROGRESS'],
  ['PENDING', 'CANCELLED'],
  ['PAUSED', 'PENDING'],
  ['PAUSED', 'CANCELLED'],
  ['IN_PROGRESS', 'COMPLETED'],
  ['IN_PROGRESS', 'FAILED'],
  ['IN_PROGRESS', 'CANCELLED'],
  ['IN_PROGRESS', 'PENDING'],
  ['FAILED', 'PENDING'],
  ['CANCELLED', 'PENDING'],
];
const isAllowed = (from: JobStatus, to: JobStatus) => allowed.some(([f, t]) => f === from && t === to);
const refused = JOB_STATUSES.flatMap((from) => JOB_STATUSES.map((to) => [from, to] as [JobStatus, JobStatus])).filter(
  ([from, to]) => !isAllowed(from, to),
);

describe('job state machine', () => {
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(refused)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
  });

  it('explains a refusal in words', () => {
    expect(() => assertTransition('COMPLETED', 'CANCELLED')).toThrow('A job that is completed cannot become cancelled.');
  });

  it('has 17 refusals: everything but the 8 legal moves', () => {
    expect(refused).toHaveLength(25 - 8);
  });
});
