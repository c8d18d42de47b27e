import { describe, expect, it } from 'vitest';
import { JOB_STATUSES, type JobStatus } from '../schema';
import { assertTransition, canTransition, describeStatus, IllegalTransitionError, isFinished } from './state-machine';

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

  it('never lets a completed job change, and no status moves to itself', () => {
    for (const to of JOB_STATUSES) expect(canTransition('COMPLETED', to)).toBe(false);
    for (const s of JOB_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('never runs a paused job directly: it must be started (→ PENDING) first', () => {
    expect(canTransition('PAUSED', 'IN_PROGRESS')).toBe(false);
  });

  it('names the refusal so it is recognisable in a log', () => {
    const error = (() => { try { assertTransition('COMPLETED', 'PENDING'); } catch (e) { return e; } })();
    expect(error).toMatchObject({ name: 'IllegalTransitionError', from: 'COMPLETED', to: 'PENDING' });
  });

  it('counts completed, failed and cancelled jobs as finished, and nothing else', () => {
    expect(JOB_STATUSES.filter(isFinished)).toEqual(['COMPLETED', 'FAILED', 'CANCELLED']);
  });

  it('has a word for every status', () => {
    expect(JOB_STATUSES.map(describeStatus)).toEqual(['pending', 'paused', 'in progress', 'completed', 'failed', 'cancelled']);
  });
});
