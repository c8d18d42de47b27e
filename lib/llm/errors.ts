import { ApiAbortError, ApiConnectionError, ApiError, ApiFormatError, ApiTimeoutError } from './api/errors';
import { retryAfterMs } from './api/request';
import { isLoopbackHost } from '../schema/base-url';
import type { GenerationErrorKind } from './types';

/** Kinds worth trying again as they are; the others need the user to change something first. */
const RETRYABLE_KINDS: ReadonlySet<GenerationErrorKind> = new Set([
  'rate-limited', 'server', 'overloaded', 'connection', 'stream-broken', 'timeout', 'empty', 'unknown',
]);

/** One implementation, in the client, which also waits by it between retries. */
export { retryAfterMs };

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

function modelNamed(error: ApiError, context: ErrorContext): string | null {
  const fromServer = /model:\s*(\S+)/i.exec(error.apiMessage ?? '')?.[1];
  return fromServer ?? context.model ?? null;
}

function fromStatus(error: ApiError, status: number, context: ErrorContext): GenerationError {
  const cause = { cause: error };
  const where = context.baseUrl ?? 'the API';
  if (status === 401) {
    return new GenerationError('auth', 'The API key was refused (401). Check the Anthropic API key in Settings.', cause);
  }
  // A stock Ollama's origin check answers 403 with no body at all; a real permission error explains itself.
  if (status === 403 && isLoopbackAddress(context.baseUrl) && error.error == null && !error.apiMessage) {
    const pattern = extensionOriginPattern();
    return new GenerationError(
      'permission',
      `The server at ${where} refused the extension (403). Ollama refuses browser extensions unless it is started with OLLAMA_ORIGINS=${pattern}: on Linux run "sudo systemctl edit ollama" and add Environment="OLLAMA_ORIGINS=${pattern}" under [Service], on macOS run launchctl setenv OLLAMA_ORIGINS "${pattern}", on Windows set it as a user environment variable; then restart Ollama and Retry.`,
      cause,
    );
  }
  if (status === 403) {
    return new GenerationError('permission', 'This API key is not allowed to do this (403). Check its permissions in the Anthropic Console, or use another key in Settings.', cause);
  }
  if (status === 404) {
    const model = modelNamed(error, context);
    if (model && /model/i.test(error.apiMessage ?? 'model')) {
      return new GenerationError('model-not-found', `The model "${model}" was not found (404). Pick another model in Settings.`, cause);
    }
    return new GenerationError('model-not-found', `Nothing answers at ${where}/v1/messages (404). Check the API base URL and the model in Settings.`, cause);
  }
  if (status === 413) {
    return new GenerationError('too-large', 'The request is too large for the API (413). Shorten the job description or your profile, then try again.', cause);
  }
  if (status === 429) {
    return new GenerationError('rate-limited', 'Claude is rate limiting this API key (429), even after retrying. Wait a minute and Retry.', {
      ...cause,
      retryAfterMs: retryAfterMs(error.headers),
    });
  }
  if (status === 529) {
    return new GenerationError('overloaded', 'Claude is overloaded right now (529). Try again in a few minutes.', cause);
  }
  if (status >= 500) {
    return new GenerationError('server', `The API server had a problem (${status}), even after retrying. Try again later.`, cause);
  }
  const detail = error.apiMessage ? `: ${error.apiMessage}` : '';
  return new GenerationError('unknown', `The API refused the request (${status}${detail}). Check the model and Max tokens in Settings, then try again.`, cause);
}

/** Turns whatever the API client (lib/llm/api) or the network threw into a kind and a message that says what to do. */
export function toGenerationError(error: unknown, context: ErrorContext = {}): GenerationError {
  if (error instanceof GenerationError) return error;
  const cause = { cause: error };
  if (error instanceof ApiAbortError) return new GenerationError('cancelled', 'Cancelled.', cause);
  if (error instanceof ApiTimeoutError) {
    return new GenerationError('timeout', `${context.baseUrl ?? 'The API'} did not start answering in time. Try again; if it keeps happening, check the API base URL in Settings.`, cause);
  }
  if (error instanceof ApiConnectionError) {
    return new GenerationError('connection', `Cannot reach ${context.baseUrl ?? 'the API'}. Check your internet connection, that the server is running, and the API base URL in Settings.`, cause);
  }
  if (error instanceof ApiError && error.status !== undefined) return fromStatus(error, error.status, context);
  if (error instanceof ApiError) {
    // An `error` event in the middle of the stream: the letter stopped part-way.
    if (error.type === 'overloaded_error') {
      return new GenerationError('overloaded', 'Claude became overloaded while writing and stopped part-way. Try again in a few minutes.', cause);
    }
    const detail = error.apiMessage ? ` (${error.apiMessage})` : '';
    return new GenerationError('stream-broken', `The API stopped the letter part-way${detail}. Retry.`, cause);
  }
  if (error instanceof ApiFormatError) {
    return new GenerationError('unknown', `${context.baseUrl ?? 'The API'} answered in a way this extension cannot read. ${error.message} Check the API base URL in Settings, then try again.`, cause);
  }
  if (context.streamStarted) {
    return new GenerationError('stream-broken', 'The connection broke while the letter was being written. Retry.', cause);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new GenerationError('unknown', `Something went wrong (${detail}). Try again.`, cause);
}
