/**
 * A retry-after up to this long is waited out by the client's own retries (lib/llm/api/request.ts);
 * a longer one is not slept through in the worker: the error (with its retry-after) reaches the
 * runner at once, the job goes back to the queue and an alarm wakes the worker at that time.
 */
export const LONGEST_INLINE_WAIT_MS = 60_000;
