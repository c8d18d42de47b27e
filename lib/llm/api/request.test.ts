import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiAbortError, ApiConnectionError, ApiError, ApiTimeoutError } from './errors';
import { ANTHROPIC_VERSION, backoffMs, send, type ApiConfig } from './request';

/** A fetch that answers from a script, one entry per call, recording what was sent. */
function scripted(...answers: Array<Response | Error | 'hang'>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: typeof globalThis.fetch = (input, init = {}) => {
    calls.push({ url: String(input), init });
    const next = answers.shift();
    if (next === undefined) throw new Error('the script ran out');
    if (next === 'hang') {
      // Like a server that never sends headers: only the request's own abort ends it.
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { fetch, calls };
}

const error = (status: number, headers: Record<string, string> = {}, type = 'api_error') =>
  Response.json({ type: 'error', error: { type, message: `failed with ${status}` } }, { status, headers: { 'request-id': `req_${status}`, ...headers } });
const ok = () => Response.json({ ok: true });

function config(fetch: typeof globalThis.fetch, extra: Partial<ApiConfig> = {}): ApiConfig {
  return { baseUrl: 'https://api.example', apiKey: 'sk-test', fetch, longestRetryWaitMs: 60_000, ...extra };
}

/** Starts a request and keeps its rejection from counting as unhandled while timers are advanced. */
function start(cfg: ApiConfig, signal?: AbortSignal) {
  const promise = send(cfg, { method: 'POST', path: '/v1/messages', body: { model: 'm' }, signal });
  promise.catch(() => undefined);
  return promise;
}

beforeEach(() => {
  vi.useFakeTimers();
  // No jitter: backoff waits are exactly 500 ms, 1 s, 2 s…
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('send: what goes over the wire', () => {
  it('posts JSON to the base URL with the key, the API version and the browser-access header', async () => {
    const { fetch, calls } = scripted(ok(), ok());
    await send(config(fetch), { method: 'POST', path: '/v1/messages', body: { model: 'm', max_tokens: 5 } });
    expect(calls[0]!.url).toBe('https://api.example/v1/messages');
    expect(calls[0]!.init).toMatchObject({
      method: 'POST',
      body: '{"model":"m","max_tokens":5}',
      headers: { authorization: 'Bearer sk-test', 'anthropic-version': ANTHROPIC_VERSION, 'anthropic-dangerous-direct-browser-access': 'true', 'content-type': 'application/json' },
    });
    await send(config(fetch), { method: 'GET', path: '/v1/models?limit=100' });
    expect(calls[1]!.init.headers).not.toHaveProperty('content-type');
    expect(calls[1]!.init.body).toBeUndefined();
  });
});

describe('send: retries as the SDK does', () => {
  it('backs off 0.5 s doubling per retry, at most 8 s, less up to a quarter of jitter', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffMs(0, () => 1)).toBe(375);
  });

  it('retries a 5xx twice, after 0.5 s then 1 s, then gives up with the last refusal', async () => {
    const { fetch, calls } = scripted(error(500), error(503), error(529, {}, 'overloaded_error'));
    const promise = start(config(fetch));
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(promise).rejects.toMatchObject({ status: 529, type: 'overloaded_error', apiMessage: 'failed with 529', requestId: 'req_529' });
    expect(calls).toHaveLength(3);
  });

  it.each<[string, Record<string, string>, number]>([
    ['retry-after in seconds', { 'retry-after': '3' }, 3000],
    ['retry-after-ms over retry-after', { 'retry-after-ms': '1200', 'retry-after': '30' }, 1200],
    ['retry-after as an HTTP date', { 'retry-after': 'Tue, 01 Dec 2026 14:00:07 GMT' }, 7000],
    ['the backoff when retry-after is unreadable', { 'retry-after': 'soon' }, 500],
  ])('waits %s before retrying a 429', async (_, headers, wait) => {
    vi.setSystemTime(Date.parse('Tue, 01 Dec 2026 14:00:00 GMT'));
    const { fetch, calls } = scripted(error(429, headers, 'rate_limit_error'), ok());
    const promise = start(config(fetch));
    await vi.advanceTimersByTimeAsync(wait - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await promise).response.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it.each([408, 409, 429, 500, 502, 529])('retries %i', async (status) => {
    const { fetch, calls } = scripted(error(status), ok());
    const promise = start(config(fetch));
    await vi.advanceTimersByTimeAsync(500);
    expect((await promise).response.ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 413, 422])('does not retry %i', async (status) => {
    const { fetch, calls } = scripted(error(status));
    await expect(start(config(fetch))).rejects.toMatchObject({ status });
    expect(calls).toHaveLength(1);
  });

  it('obeys x-should-retry either way', async () => {
    const told = scripted(error(400, { 'x-should-retry': 'true' }), error(500, { 'x-should-retry': 'false' }));
    const promise = start(config(told.fetch));
    await vi.advanceTimersByTimeAsync(500);
    await expect(promise).rejects.toMatchObject({ status: 500 });
    expect(told.calls).toHaveLength(2);
  });

  it('does not sleep through a retry-after over a minute: the refusal surfaces at once, with its headers', async () => {
    const { fetch, calls } = scripted(error(429, { 'retry-after': '120' }, 'rate_limit_error'));
    const failure = await start(config(fetch)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).headers?.get('retry-after')).toBe('120');
    expect(calls).toHaveLength(1);
  });

  it('waits out a retry-after of exactly a minute', async () => {
    const { fetch, calls } = scripted(error(529, { 'retry-after': '60' }), ok());
    const promise = start(config(fetch));
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await promise).response.ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('retries a failed connection with the backoff, then says it could not connect', async () => {
    const refused = () => new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    const { fetch, calls } = scripted(refused(), refused(), refused());
    const promise = start(config(fetch));
    await vi.advanceTimersByTimeAsync(1500);
    const failure = await promise.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiConnectionError);
    expect(failure).not.toBeInstanceOf(ApiTimeoutError);
    expect((failure as Error).cause).toBeInstanceOf(TypeError);
    expect(calls).toHaveLength(3);
  });

  it('calls it a timeout when the response headers do not come in time, or the runtime says the connection timed out', async () => {
    const slow = scripted('hang');
    const promise = start(config(slow.fetch, { maxRetries: 0, timeout: 5000 }));
    await vi.advanceTimersByTimeAsync(5000);
    await expect(promise).rejects.toBeInstanceOf(ApiTimeoutError);
    const undici = scripted(new TypeError('fetch failed', { cause: new Error('Connect Timeout Error (timeout: 10000ms)') }));
    await expect(start(config(undici.fetch, { maxRetries: 0 }))).rejects.toBeInstanceOf(ApiTimeoutError);
  });
});

describe('send: cancelling', () => {
  it('does not send when already cancelled', async () => {
    const { fetch, calls } = scripted(ok());
    await expect(start(config(fetch), AbortSignal.abort())).rejects.toBeInstanceOf(ApiAbortError);
    expect(calls).toHaveLength(0);
  });

  it('cancels while waiting for headers, and while waiting to retry, without another try', async () => {
    const controller = new AbortController();
    const waiting = scripted('hang');
    const first = start(config(waiting.fetch), controller.signal);
    controller.abort();
    await expect(first).rejects.toBeInstanceOf(ApiAbortError);

    const later = new AbortController();
    const retrying = scripted(error(529), ok());
    const second = start(config(retrying.fetch), later.signal);
    await vi.advanceTimersByTimeAsync(100);
    later.abort();
    await expect(second).rejects.toBeInstanceOf(ApiAbortError);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(retrying.calls).toHaveLength(1);
  });
});

describe('send: refusals', () => {
  it('keeps a body that is not JSON in the message, and an empty one as no body (a stock Ollama’s 403)', async () => {
    const html = scripted(new Response('<h1>Bad gateway</h1>', { status: 400 }));
    const failure = (await start(config(html.fetch)).catch((e: unknown) => e)) as ApiError;
    expect(failure).toMatchObject({ status: 400, error: undefined, apiMessage: null, type: null, message: '400 <h1>Bad gateway</h1>' });
    const empty = scripted(new Response(null, { status: 403 }));
    expect(await start(config(empty.fetch)).catch((e: unknown) => e)).toMatchObject({ status: 403, error: undefined, apiMessage: null, message: '403 status code (no body)' });
  });
});
