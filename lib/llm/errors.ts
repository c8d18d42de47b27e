import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ContentTooLargeError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk/core/error';
import { isLoopbackHost } from '../schema/base-url';
import type { GenerationErrorKind } from './types';

/** Kinds worth trying again as they are; the others need the user to change something first. */
const RETRYABLE_KINDS: ReadonlySet<GenerationErrorKind> = new Set([
  'rate-limited', 'server', 'overloaded', 'connection', 'stream-broken', 'timeout', 'empty', 'unknown',
]);

/** A generation that ended without a letter. `message` is shown to the user as is. */
export class GenerationError extends Error {
  override readonly name = 'GenerationError';
  readonly retryable: boolean;
  /** How long the server asked us to wait (retry-after), when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    readonly kind: GenerationErrorKind,
    message: string,
    options: { cause?: unknown; retryable?: boolean; retryAfterMs?: number | null } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable ?? RETRYABLE_KINDS.has(kind);
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date, as the SDK reads them. */
export function retryAfterMs(headers: Headers | Record<string, string> | undefined, now = Date.now()): number | null {
  if (!headers) return null;
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] ?? null));
  const ms = Number.parseFloat(get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = get('retry-after');
  if (!raw) return null;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}

/** The browser this runs in names its extension scheme in the OLLAMA_ORIGINS advice. */
function extensionOriginPattern(): string {
  return globalThis.location?.protocol === 'moz-extension:' ? 'moz-extension://*' : 'chrome-extension://*';
}

function isLoopbackAddress(baseUrl: string | undefined): boolean {
  if (!baseUrl) return false;
  try {
    return isLoopbackHost(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

export interface ErrorContext {
  /** Named in "cannot reach" messages. */
  baseUrl?: string;
  /** Named in "model not found" messages when the server does not say which. */
  model?: string;
  /** The response had started streaming: a bare network error now means the stream broke. */
  streamStarted?: boolean;
}

export const NO_API_KEY_MESSAGE = 'Add your Anthropic API key in Settings';

function modelNamed(error: APIError, context: ErrorContext): string | null {
  const fromServer = /model:\s*(\S+)/i.exec(error.apiMessage ?? '')?.[1];
  return fromServer ?? context.model ?? null;
}

function fromStatus(error: APIError, context: ErrorContext): GenerationError {
  const cause = { cause: error };
  const where = context.baseUrl ?? 'the API';
  if (error instanceof AuthenticationError) {
    return new GenerationError('auth', 'The API key was refused (401). Check the Anthropic API key in Settings.', cause);
  }
  // A stock Ollama's origin check answers 403 with no body at all; a real permission error explains itself.
  if (error instanceof PermissionDeniedError && isLoopbackAddress(context.baseUrl) && error.error == null && !error.apiMessage) {
    const pattern = extensionOriginPattern();
    return new GenerationError(
      'permission',
      `The server at ${where} refused the extension (403). Ollama refuses browser extensions unless it is started with OLLAMA_ORIGINS=${pattern}: on Linux run "sudo systemctl edit ollama" and add Environment="OLLAMA_ORIGINS=${pattern}" under [Service], on macOS run launchctl setenv OLLAMA_ORIGINS "${pattern}", on Windows set it as a user environment variable; then restart Ollama and Retry.`,
      cause,
    );
  }
  if (error instanceof PermissionDeniedError) {
    return new GenerationError('permission', 'This API key is not allowed to do this (403). Check its permissions in the Anthropic Console, or use another key in Settings.', cause);
  }
  if (error instanceof NotFoundError) {
    const model = modelNamed(error, context);
    if (model && /model/i.test(error.apiMessage ?? 'model')) {
      return new GenerationError('model-not-found', `The model "${model}" was not found (404). Pick another model in Settings.`, cause);
    }
    return new GenerationError('model-not-found', `Nothing answers at ${where}/v1/messages (404). Check the API base URL and the model in Settings.`, cause);
  }
  if (error instanceof ContentTooLargeError) {
    return new GenerationError('too-large', 'The request is too large for the API (413). Shorten the job description or your profile, then try again.', cause);
  }
  if (error instanceof RateLimitError) {
    return new GenerationError('rate-limited', 'Claude is rate limiting this API key (429), even after retrying. Wait a minute and Retry.', {
      ...cause,
      retryAfterMs: retryAfterMs(error.headers as Headers | undefined),
    });
  }
  if (error instanceof OverloadedError) {
    return new GenerationError('overloaded', 'Claude is overloaded right now (529). Try again in a few minutes.', cause);
  }
  if (error instanceof InternalServerError) {
    return new GenerationError('server', `The API server had a problem (${error.status}), even after retrying. Try again later.`, cause);
  }
  const detail = error.apiMessage ? `: ${error.apiMessage}` : '';
  return new GenerationError('unknown', `The API refused the request (${error.status}${detail}). Check the model and Max tokens in Settings, then try again.`, cause);
}

/** Turns whatever the SDK or the network threw into a kind and a message that says what to do. */
export function toGenerationError(error: unknown, context: ErrorContext = {}): GenerationError {
  if (error instanceof GenerationError) return error;
  const cause = { cause: error };
  if (error instanceof APIUserAbortError) return new GenerationError('cancelled', 'Cancelled.', cause);
  if (error instanceof APIConnectionTimeoutError) {
    return new GenerationError('timeout', `${context.baseUrl ?? 'The API'} did not start answering in time. Try again; if it keeps happening, check the API base URL in Settings.`, cause);
  }
  if (error instanceof APIConnectionError) {
    return new GenerationError('connection', `Cannot reach ${context.baseUrl ?? 'the API'}. Check your internet connection, that the server is running, and the API base URL in Settings.`, cause);
  }
  if (error instanceof APIError && error.status === undefined) {
    // An `error` event in the middle of the stream: the letter stopped part-way.
    if (error.type === 'overloaded_error') {
      return new GenerationError('overloaded', 'Claude became overloaded while writing and stopped part-way. Try again in a few minutes.', cause);
    }
    const detail = error.apiMessage ? ` (${error.apiMessage})` : '';
    return new GenerationError('stream-broken', `The API stopped the letter part-way${detail}. Retry.`, cause);
  }
  if (error instanceof APIError) return fromStatus(error, context);
  if (context.streamStarted) {
    return new GenerationError('stream-broken', 'The connection broke while the letter was being written. Retry.', cause);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new GenerationError('unknown', `Something went wrong (${detail}). Try again.`, cause);
}
