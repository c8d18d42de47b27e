import type { GenerationJob } from '../schema';

/**
 * Transient failures (a dropped stream, an overloaded or erroring server, a rate limit after the
 * client's own retries, an idle stream) put the job back in the queue by themselves, after these
 * waits (with jitter), before it ends FAILED. Permanent ones (a refused key, an unknown model, a
 * request too large, a refusal, a cut-off reply) need the user and fail at once.
 */
export const AUTO_RETRY_DELAYS_MS = [2_000, 8_000, 30_000] as const;
export const MAX_AUTO_RETRIES = AUTO_RETRY_DELAYS_MS.length;

const TRANSIENT_KINDS: ReadonlySet<string> = new Set(['rate-limited', 'server', 'overloaded', 'connection', 'stream-broken', 'timeout', 'empty']);

export function isTransient(kind: string | undefined): boolean {
  return kind !== undefined && TRANSIENT_KINDS.has(kind);
}

/**
 * Automatic retries since the job last started fresh (queued, or retried by the user): attempts
 * closed as 'retrying', looking back past interruptions and long rate-limit waits, stopping at
 * an attempt that ended any other way. The open (running) attempt is not counted.
 */
export function autoRetriesSoFar(job: Pick<GenerationJob, 'history'>): number {
  let count = 0;
  for (let i = job.history.length - 1; i >= 0; i--) {
    const outcome = job.history[i]!.outcome;
    if (outcome === 'running' || outcome === 'interrupted' || outcome === 'rescheduled') continue;
    if (outcome !== 'retrying') break;
    count++;
  }
  return count;
}

/** The wait before automatic retry `n` (1-based): the schedule ±20 %, never shorter than what the server asked for. */
export function autoRetryDelay(n: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  const base = AUTO_RETRY_DELAYS_MS[Math.min(n, MAX_AUTO_RETRIES) - 1]!;
  return Math.max(Math.round(base * (0.8 + 0.4 * random())), retryAfterMs ?? 0);
}
