import type * as v from 'valibot';
import { ApiAbortError, ApiConnectionError, ApiError, ApiFormatError, ApiTimeoutError, checked, parseErrorBody } from './errors';

/** The Messages API version the extension is written against (the one @anthropic-ai/sdk 1.14 sends). */
export const ANTHROPIC_VERSION = '2026-10-21';

/** Where and how to send requests; every field but the address and key has a default. */
export interface ApiConfig {
  /** Without a trailing slash, e.g. `https://api.anthropic.com` or `http://localhost:11434`. */
  baseUrl: string;
  apiKey: string;
  /** Retries of 408, 409, 429, 5xx and connection failures. Default 2. */
  maxRetries?: number;
  /** How long to wait for response headers, in ms; a body may then take as long as it keeps coming. Default 60 s. */
  timeout?: number;
  /**
   * A retry-after longer than this (ms) is not waited out: the error surfaces with its retry-after
   * so the caller can come back later. Default: no limit.
   */
  longestRetryWaitMs?: number;
  fetch?: typeof globalThis.fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface ApiRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/v1/models?limit=100`. */
  path: string;
  body?: unknown;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** setTimeout fires at once for anything longer. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date, read as the SDK reads them. */
export function retryAfterMs(headers: Headers | Record<string, string> | undefined, now = Date.now()): number | null {
  if (!headers) return null;
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] ?? null));
  // A zero retry-after-ms gives way to retry-after, as in the SDK.
  const ms = Number.parseFloat(get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = get('retry-after');
  if (!raw) return null;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}

/** The SDK's backoff: 0.5 s doubling per retry, at most 8 s, minus up to a quarter of jitter. */
export function backoffMs(retriesSoFar: number, random: () => number = Math.random): number {
  const seconds = Math.min(0.5 * 2 ** retriesSoFar, 8);
  return seconds * (1 - random() * 0.25) * 1000;
}

/** How long to wait before the next try: what the server asked for when it is usable, else the backoff. */
function retryDelayMs(headers: Headers | undefined, retriesSoFar: number): number {
  const asked = retryAfterMs(headers);
  return asked !== null && asked > 0 && asked <= LONGEST_TIMER_MS ? asked : backoffMs(retriesSoFar);
}

/** The SDK's rule: the server's `x-should-retry` wins; else time-outs, conflicts, rate limits and 5xx. */
function shouldRetry(response: Response, longestWaitMs: number): boolean {
  // A long retry-after is for the caller to schedule, not for this request to sleep through.
  if (response.status >= 429 && (retryAfterMs(response.headers) ?? 0) > longestWaitMs) return false;
  const header = response.headers.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  return response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500;
}

/** Resolves after `ms`, or at once when `signal` aborts (the caller then sees the abort). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function headersFor(config: ApiConfig, hasBody: boolean): Record<string, string> {
  return {
    accept: 'application/json',
    authorization: `Bearer ${config.apiKey}`,
    'anthropic-version': ANTHROPIC_VERSION,
    // The key is the user's own, typed into the extension: Anthropic's CORS needs this to answer a browser.
    'anthropic-dangerous-direct-browser-access': 'true',
    ...(hasBody ? { 'content-type': 'application/json' } : {}),
  };
}

/** A successful response, and the cleanup to call once its body has been read (or abandoned). */
export interface ApiResponse {
  response: Response;
  /** Detaches the caller's signal from the request. */
  release(): void;
}

/** One try: the response (any status) or the reason nothing came back. */
async function attempt(config: ApiConfig, request: ApiRequest, url: string, init: RequestInit): Promise<ApiResponse> {
  const { signal } = request;
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  const release = () => signal?.removeEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeout ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await (config.fetch ?? globalThis.fetch.bind(globalThis))(url, { ...init, signal: controller.signal });
    return { response, release };
  } catch (error) {
    release();
    if (signal?.aborted) throw new ApiAbortError({ cause: error });
    // Some runtimes time out a connection themselves and only say so in the message.
    const isTimeout = timedOut || /timed? ?out/i.test(`${String(error)} ${String((error as { cause?: unknown } | null)?.cause ?? '')}`);
    throw isTimeout ? new ApiTimeoutError() : new ApiConnectionError(undefined, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends one API request, retrying as @anthropic-ai/sdk does (see `shouldRetry`, `retryDelayMs`),
 * and resolves with the first 2xx response once its headers arrive. A refusal rejects with an
 * ApiError carrying status, headers and parsed body; no answer with ApiConnectionError or
 * ApiTimeoutError; the caller's abort with ApiAbortError.
 */
export async function send(config: ApiConfig, request: ApiRequest): Promise<ApiResponse> {
  const maxRetries = config.maxRetries ?? 2;
  const longestWaitMs = config.longestRetryWaitMs ?? Number.POSITIVE_INFINITY;
  const url = `${config.baseUrl}${request.path}`;
  const hasBody = request.body !== undefined;
  const init: RequestInit = {
    method: request.method,
    headers: headersFor(config, hasBody),
    ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
  };
  for (let retries = 0; ; retries++) {
    if (request.signal?.aborted) throw new ApiAbortError();
    const canRetry = retries < maxRetries;
    let answer: ApiResponse;
    try {
      answer = await attempt(config, request, url, init);
    } catch (error) {
      if (error instanceof ApiAbortError || !canRetry) throw error;
      await sleep(backoffMs(retries), request.signal);
      continue;
    }
    const { response, release } = answer;
    if (response.ok) return answer;
    if (canRetry && shouldRetry(response, longestWaitMs)) {
      release();
      await response.body?.cancel().catch(() => undefined);
      await sleep(retryDelayMs(response.headers, retries), request.signal);
      continue;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) throw new ApiAbortError({ cause: error });
      text = '';
    } finally {
      release();
    }
    throw new ApiError(response.status, parseErrorBody(text), response.headers, text);
  }
}

/** Sends a request answered with one JSON document, and reads it with `schema`. */
export async function sendForJson<S extends v.GenericSchema>(config: ApiConfig, request: ApiRequest, schema: S, what: string): Promise<v.InferOutput<S>> {
  const { response, release } = await send(config, request);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (request.signal?.aborted) throw new ApiAbortError({ cause: error });
    throw new ApiFormatError(`The server's ${what} is not JSON.`, { cause: error });
  } finally {
    release();
  }
  return checked(schema, json, what);
}
