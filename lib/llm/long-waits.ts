import { retryAfterMs } from './errors';

/**
 * A retry-after up to this long is waited out by the SDK's own retries; a longer one is not slept
 * through in the worker: the job goes back to the queue and an alarm wakes the worker at that time.
 */
export const LONGEST_INLINE_WAIT_MS = 60_000;

type Fetch = typeof globalThis.fetch;

/**
 * The SDK sleeps for whatever retry-after says (up to 24 days). For waits longer than
 * LONGEST_INLINE_WAIT_MS this marks the answer `x-should-retry: false`, so the SDK gives up at
 * once and the error (with its retry-after) reaches the runner, which reschedules the job.
 */
export function withoutLongWaits(fetch: Fetch): Fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (response.ok || response.status < 429) return response;
    const wait = retryAfterMs(response.headers);
    if (wait === null || wait <= LONGEST_INLINE_WAIT_MS) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
