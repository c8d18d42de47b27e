import { JobNotFoundError, recordJobProgress, saveLetterAndUpdateJob, updateJob } from '../db';
import type { GenerationProgress, GenerationRequest, GenerationResult } from '../llm/types';
import { newId, type Attempt, type CoverLetter, type GenerationJob, type Settings, type TokenUsage } from '../schema';
import { resolveLetterLanguage } from '../letters/language';
import { versionsForJob } from '../letters/versions';
import { autoRetriesSoFar, autoRetryDelay, isTransient, MAX_AUTO_RETRIES } from './auto-retry';
import { closeOpenAttempt } from './operations';
import { HEARTBEAT_MS, LEASE_MS, LONGEST_INLINE_WAIT_MS, PROGRESS_WRITE_MS } from './timing';

export type Generate = (request: GenerationRequest) => Promise<GenerationResult>;

/** Thrown inside a write when the job is no longer this runner's (cancelled, deleted, recovered elsewhere). */
export class LostJobError extends Error {
  constructor(readonly jobId: string) {
    super('The job is no longer held by this runner.');
    this.name = 'LostJobError';
  }
}

export interface RunJobOptions {
  owner: string;
  settings: Settings;
  generate: Generate;
  /** Aborted by the engine when the job is cancelled or the engine stops. */
  signal: AbortSignal;
  now?: () => number;
  /** Jitter for automatic retries (tests fix it). */
  random?: () => number;
  /** Told when the server said it is overloaded or rate limiting (the engine's shared backoff). */
  onServerStrain?: (retryAfterMs: number | null) => void;
  /** Told once the model has answered (the letter is in hand, checked, maybe fixed): its slot can go to the next job while this one is saved. */
  onModelDone?: () => void;
}

/** RESCHEDULED: back in the queue until a later time (a long rate-limit wait); not an end. */
export type RunOutcome = 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'LOST' | 'RESCHEDULED';

interface UserFacingError {
  kind?: string;
  message: string;
  retryAfterMs?: number | null;
}

function asUserFacingError(error: unknown): UserFacingError {
  if (error && typeof error === 'object' && 'message' in error) {
    const kind = 'kind' in error && typeof error.kind === 'string' ? error.kind : undefined;
    const retryAfterMs = 'retryAfterMs' in error && typeof error.retryAfterMs === 'number' ? error.retryAfterMs : null;
    return { kind, message: String(error.message), retryAfterMs };
  }
  return { message: 'Something unexpected went wrong while writing the letter. Press Retry to try again.' };
}

/** Who a run is: the engine that claimed the job and the token of that one claim. */
export interface Claim {
  owner: string;
  token: string;
}

/** True while the record still carries this very claim: a later claim of the same job (even by the same engine) is not ours. */
export function heldBy(job: Pick<GenerationJob, 'status' | 'lease'>, claim: Claim): boolean {
  return job.status === 'IN_PROGRESS' && job.lease?.owner === claim.owner && job.lease.token === claim.token;
}

/**
 * Runs one claimed job to its end: streams the letter, writes throttled progress that also renews
 * the lease, and finishes the job (letter and status together) in one transaction.
 */
export async function runJob(job: GenerationJob, options: RunJobOptions): Promise<RunOutcome> {
  const { owner, settings, generate, signal } = options;
  const now = options.now ?? Date.now;
  const claim: Claim = { owner, token: job.lease?.token ?? '' };
  // Tokens of earlier attempts: every attempt's usage adds up on the job.
  const baseUsage = job.usage;
  const writer = new ProgressWriter(job.id, claim, now, job.streamedText);
  const lost = new AbortController();
  const combined = anySignal([signal, lost.signal]);
  writer.onLost = () => lost.abort();

  try {
    const result = await generate({
      job,
      settings: { ...settings, model: job.config.model || settings.model, maxTokens: job.config.maxTokens || settings.maxTokens },
      signal: combined,
      onProgress: (p) => writer.report({ ...p, usage: addUsage(baseUsage, p.usage) }, p.usage),
      prefill: continuableText(job),
    });
    options.onModelDone?.();
    await writer.stop();
    if (lost.signal.aborted) return 'LOST';
    const total = addUsage(baseUsage, result.usage);
    // No separate 'Saving' progress write: the final transaction follows at once and is what the panel waits for.
    const finishedAt = now();
    const letter: CoverLetter = {
      id: newId(),
      jobId: job.id,
      profileId: job.profileId,
      company: job.company,
      position: job.position,
      ...result.content,
      model: result.model,
      usage: result.usage,
      findings: result.findings,
      editedParts: [],
      generatedAt: finishedAt,
      editedAt: null,
      language: resolveLetterLanguage(job),
      versions: await versionsForJob(job, result, finishedAt),
    };
    await saveLetterAndUpdateJob(letter, job.id, (current) => {
      if (!heldBy(current, claim)) throw new LostJobError(job.id);
      return {
        ...current,
        status: 'COMPLETED',
        progress: 100,
        currentStep: 'Done',
        completedAt: finishedAt,
        coverLetterId: letter.id,
        // The letter holds the text now; keeping a second copy only makes every later read heavier.
        streamedText: '',
        usage: total,
        lease: null,
        error: null,
        history: withContinuation(closeOpenAttempt(current, 'completed', null, finishedAt), result.continuation ?? null),
      };
    });
    return 'COMPLETED';
  } catch (error) {
    await writer.stop();
    if (error instanceof LostJobError || lost.signal.aborted) return 'LOST';
    const failure = asUserFacingError(error);
    const cancelled = failure.kind === 'cancelled' || signal.aborted;
    const spent = addUsage(baseUsage, writer.latestUsage);
    // Read before the shared backoff starts its own wait, so that wait never ends before this job's time.
    const failedAt = now();
    if (!cancelled && (failure.kind === 'rate-limited' || failure.kind === 'overloaded')) options.onServerStrain?.(failure.retryAfterMs ?? null);
    // A long rate-limit wait is not slept through: the job waits in the queue and an alarm wakes the worker for it.
    if (!cancelled && failure.kind === 'rate-limited' && (failure.retryAfterMs ?? 0) > LONGEST_INLINE_WAIT_MS) {
      const at = failedAt + failure.retryAfterMs!;
      const wait = { at, reason: 'rate limit', autoRetry: 0, outcome: 'rescheduled' as const, message: failure.message };
      return (await requeue(job.id, claim, () => wait, now, writer.latestText, spent)) ?? 'RESCHEDULED';
    }
    if (!cancelled && isTransient(failure.kind)) {
      const outcome = await retryOrFail(job.id, claim, failure, now, options.random ?? Math.random, writer.latestText, spent);
      if (outcome) return outcome;
    }
    try {
      await updateJob(job.id, (current) => {
        if (!heldBy(current, claim)) throw new LostJobError(job.id);
        const at = now();
        return cancelled
          ? { ...current, status: 'CANCELLED', completedAt: at, lease: null, streamedText: writer.latestText ?? current.streamedText, history: closeOpenAttempt(current, 'cancelled', null, at) }
          : {
              ...current,
              status: 'FAILED',
              completedAt: at,
              lease: null,
              error: failure.message,
              usage: spent,
              streamedText: writer.latestText ?? current.streamedText,
              history: closeOpenAttempt(current, 'failed', failure.message, at),
            };
      });
    } catch (writeError) {
      if (writeError instanceof LostJobError) return cancelled ? 'CANCELLED' : 'LOST';
      // Deleted meanwhile ("Delete all data", a backup restored over it): nothing is left to mark.
      if (writeError instanceof JobNotFoundError) return 'LOST';
      throw writeError;
    }
    return cancelled ? 'CANCELLED' : 'FAILED';
  } finally {
    combined.dispose();
  }
}

/** The part-way letter of the attempt before, when that one broke (automatic retry or interruption): paid for already. */
export function continuableText(job: Pick<GenerationJob, 'history' | 'streamedText'>): string {
  const before = job.history.at(-2);
  return before && (before.outcome === 'retrying' || before.outcome === 'interrupted') ? job.streamedText : '';
}

function withContinuation(history: GenerationJob['history'], continuation: Attempt['continuation']): GenerationJob['history'] {
  if (!continuation) return history;
  return history.map((attempt, i) => (i === history.length - 1 ? { ...attempt, continuation } : attempt));
}

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

interface Requeue {
  /** Not before this time. */
  at: number;
  /** Shown on the card with the time of the next try. */
  reason: string;
  /** The automatic retry this is (0: a long server-asked wait, which does not count as one). */
  autoRetry: number;
  outcome: 'retrying' | 'rescheduled';
  message: string;
}

/**
 * Puts a job this run still holds back in the queue. `decide` sees the current record and returns
 * the wait, or null to leave the job as it is (the caller then fails it). 'LOST' when it is no longer ours.
 */
async function requeue(
  jobId: string,
  claim: Claim,
  decide: (current: GenerationJob) => Requeue | null,
  now: () => number,
  latestText: string | null,
  spent: TokenUsage,
): Promise<'RESCHEDULED' | 'LOST' | null> {
  let requeued = false;
  try {
    await updateJob(jobId, (current) => {
      if (!heldBy(current, claim)) throw new LostJobError(jobId);
      const wait = decide(current);
      if (!wait) return current;
      requeued = true;
      return {
        ...current,
        status: 'PENDING',
        lease: null,
        currentStep: 'Queued',
        progress: 0,
        notBefore: wait.at,
        waitReason: wait.reason,
        autoRetry: wait.autoRetry,
        usage: spent,
        streamedText: latestText ?? current.streamedText,
        history: closeOpenAttempt(current, wait.outcome, wait.message, now()),
      };
    });
  } catch (error) {
    if (error instanceof LostJobError) return 'LOST';
    throw error;
  }
  return requeued ? 'RESCHEDULED' : null;
}

/**
 * A transient failure: back to the queue after a growing wait, as automatic retry n of
 * MAX_AUTO_RETRIES; after the last one, null (the caller fails the job, saying retries did not help).
 */
async function retryOrFail(
  jobId: string,
  claim: Claim,
  failure: UserFacingError,
  now: () => number,
  random: () => number,
  latestText: string | null,
  spent: TokenUsage,
): Promise<RunOutcome | null> {
  const outcome = await requeue(
    jobId,
    claim,
    (current) => {
      const n = autoRetriesSoFar(current) + 1;
      if (n > MAX_AUTO_RETRIES) return null;
      const at = now() + autoRetryDelay(n, failure.retryAfterMs ?? null, random);
      return { at, reason: failure.message, autoRetry: n, outcome: 'retrying', message: failure.message };
    },
    now,
    latestText,
    spent,
  );
  if (outcome === null) {
    failure.message = `${failure.message.replace(/\s*Retry\.?$|\s*Try again[^.]*\.$/, '')} (${MAX_AUTO_RETRIES} automatic retries did not help; press Retry to try again.)`;
  }
  return outcome;
}

/**
 * Coalesces progress reports into at most one write per PROGRESS_WRITE_MS, and writes a heartbeat
 * every HEARTBEAT_MS while nothing else is written, so the lease stays fresh during silent waits.
 */
class ProgressWriter {
  onLost: () => void = () => {};
  latestText: string | null = null;
  /** This attempt's own tokens so far. */
  latestUsage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
  writes = 0;
  private pending: GenerationProgress | null = null;
  private lastWriteAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval>;
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly jobId: string,
    private readonly claim: Claim,
    private readonly now: () => number,
    /** The text stored when the run began: while the stream only adds to it, each write adds only the new part. */
    private written: string,
  ) {
    this.heartbeat = setInterval(() => {
      if (this.now() - this.lastWriteAt >= HEARTBEAT_MS - 50) void this.enqueueWrite();
    }, HEARTBEAT_MS);
  }

  report(progress: GenerationProgress, attemptUsage: TokenUsage): void {
    if (this.stopped) return;
    this.pending = progress;
    this.latestText = progress.text;
    this.latestUsage = attemptUsage;
    if (this.timer) return;
    const wait = Math.max(0, this.lastWriteAt + PROGRESS_WRITE_MS - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueueWrite();
    }, wait);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain;
  }

  private enqueueWrite(): Promise<void> {
    this.chain = this.chain.then(() => this.write());
    return this.chain;
  }

  private async write(): Promise<void> {
    const progress = this.pending;
    this.pending = null;
    this.lastWriteAt = this.now();
    try {
      // Only the job's summary and streamed text: the record with its snapshots is written when the job ends.
      await recordJobProgress(this.jobId, (job) => {
        if (!heldBy(job, this.claim)) throw new LostJobError(this.jobId);
        const lease = { ...this.claim, expiresAt: this.now() + LEASE_MS };
        if (!progress) return { lease };
        return {
          lease,
          currentStep: progress.step,
          progress: Math.max(job.progress, Math.min(99, Math.round(progress.progress))),
          streamedText: progress.text,
          knownPrefix: progress.text.startsWith(this.written) ? this.written.length : undefined,
          usage: progress.usage,
        };
      });
      if (progress) this.written = progress.text;
      this.writes++;
    } catch (error) {
      if (error instanceof LostJobError || (error as Error)?.name === 'JobNotFoundError') this.onLost();
      else console.warn('Could not record job progress', error);
    }
  }
}

/** AbortSignal.any with a way to drop the listeners (it is not in every browser we support). */
function anySignal(signals: AbortSignal[]): AbortSignal & { dispose(): void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  for (const s of signals) {
    if (s.aborted) controller.abort();
    else s.addEventListener('abort', onAbort, { once: true });
  }
  return Object.assign(controller.signal, {
    dispose: () => signals.forEach((s) => s.removeEventListener('abort', onAbort)),
  });
}
