import * as v from 'valibot';

/**
 * What a Messages-API server says when it refuses: `{type:"error", error:{type, message}}`. Loose,
 * because proxies and local servers answer with other JSON (Ollama: `{"error":"..."}`).
 */
const ErrorBodySchema = v.looseObject({
  type: v.optional(v.unknown()),
  error: v.optional(v.unknown()),
});
const ErrorDetailSchema = v.looseObject({ type: v.optional(v.string()), message: v.optional(v.string()) });

export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;

/** Parses a refusal's text: the JSON object when it is one, else undefined (an empty or HTML body). */
export function parseErrorBody(text: string): ErrorBody | undefined {
  try {
    const parsed = v.safeParse(ErrorBodySchema, JSON.parse(text));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The server refused (a status of 400 or more), or sent an `error` event mid-stream (`status`
 * undefined). Mirrors the SDK's APIError: `error` is the parsed body, `type` and `apiMessage`
 * come from its `error` member.
 */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  /** The `error.type` the server named, e.g. `overloaded_error`. */
  readonly type: string | null;
  /** The `error.message` the server wrote, when it wrote one. */
  readonly apiMessage: string | null;
  readonly requestId: string | null;

  constructor(
    readonly status: number | undefined,
    readonly error: ErrorBody | undefined,
    readonly headers: Headers | undefined,
    /** The body as text when it was not JSON, for the message. */
    rawText = '',
  ) {
    const detail = v.safeParse(ErrorDetailSchema, error?.error);
    const type = detail.success ? (detail.output.type ?? null) : null;
    const apiMessage = detail.success ? (detail.output.message ?? null) : null;
    const what = apiMessage ?? (error ? JSON.stringify(error) : rawText.trim().slice(0, 500));
    super(status === undefined ? what || '(no status code or body)' : `${status} ${what || 'status code (no body)'}`);
    this.type = type;
    this.apiMessage = apiMessage;
    this.requestId = headers?.get('request-id') ?? null;
  }
}

/** Nothing came back: the server is unreachable, refused the connection, or the network failed. */
export class ApiConnectionError extends Error {
  override readonly name: string = 'ApiConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The response headers did not arrive within the request timeout. */
export class ApiTimeoutError extends ApiConnectionError {
  override readonly name: string = 'ApiTimeoutError';
  constructor() {
    super('Request timed out.');
  }
}

/** The caller's AbortSignal fired. Named `AbortError` like the DOM's, so generic abort checks see it. */
export class ApiAbortError extends Error {
  override readonly name: string = 'AbortError';
  constructor(options?: { cause?: unknown }) {
    super('Request was aborted.', options);
  }
}

/** The server answered 2xx with something that is not the Messages API's shape. */
export class ApiFormatError extends Error {
  override readonly name: string = 'ApiFormatError';
}

/** The value as `schema` reads it, or an ApiFormatError naming `what` the server sent. */
export function checked<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new ApiFormatError(`The server's ${what} is not in the Messages API format (${v.summarize(result.issues)}).`);
  return result.output;
}
