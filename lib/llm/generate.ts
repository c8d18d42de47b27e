import type { TokenUsage } from '../schema';
import { streamMessage } from './api/messages';
import { checkLetter, isRefusal, isSerious } from './checks';
import { createClient, normalizeBaseUrl, type ClientOptions, type LetterClient } from './client';
import { GenerationError, NO_API_KEY_MESSAGE, toGenerationError } from './errors';
import { LETTER_FIELDS, parseTaggedLetter, readLetter } from './letter-format';
import { fixLetter, type StreamedReply } from './fix-letter';
import { buildPrompt, TARGET_WORDS } from './prompt';
import type { GenerationProgress, GenerationRequest, GenerationResult } from './types';

/** Silence (not even a ping) for this long means the model is stuck: the API pings every few seconds. */
export const IDLE_TIMEOUT_MS = 45_000;

/** Knobs tests and benchmarks turn; production uses the defaults. */
export interface GenerationTuning {
  idleTimeoutMs?: number;
  /** Passed to the API client: retries, timeout, fetch. */
  client?: ClientOptions;
}

/** Roughly how long a finished letter is in characters, tags included: the denominator of "Writing" progress. */
const EXPECTED_CHARS = ((TARGET_WORDS.min + TARGET_WORDS.max) / 2) * 6.5;
/** Fixing (fix-letter.ts) runs between the first check and saving (the runner reports Saving at 96). */
const PROGRESS = { preparing: 2, waiting: 5, writingStart: 10, writingEnd: 90, checking: 91 } as const;

type StopReason = string | null;

/** Wraps fetch so every chunk of bytes (pings included, which the client does not yield) counts as a sign of life. */
function fetchReportingActivity(base: typeof fetch, onActivity: () => void): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body || !(response.headers.get('content-type') ?? '').includes('text/event-stream')) return response;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          onActivity();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** Aborts when the caller cancels or the stream goes quiet, remembering which. */
export class StreamWatch {
  readonly controller = new AbortController();
  private reason: 'cancelled' | 'idle' | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastActivity = 0;
  private readonly onCancel = () => this.stop('cancelled');

  constructor(
    private readonly callerSignal: AbortSignal,
    private readonly idleTimeoutMs: number,
  ) {
    if (callerSignal.aborted) this.stop('cancelled');
    else callerSignal.addEventListener('abort', this.onCancel, { once: true });
  }

  /**
   * Starts or restarts the idle countdown. Called for every chunk and event (hundreds a second
   * across running letters): it only notes the time, and the one timer, when it fires, waits again
   * for what is left of the countdown.
   */
  touch(): void {
    if (this.reason) return;
    this.lastActivity = performance.now();
    this.idleTimer ??= setTimeout(() => this.expire(), this.idleTimeoutMs);
  }

  private expire(): void {
    this.idleTimer = undefined;
    const left = this.lastActivity + this.idleTimeoutMs - performance.now();
    if (left > 0) this.idleTimer = setTimeout(() => this.expire(), left);
    else this.stop('idle');
  }

  get stoppedBecause(): 'cancelled' | 'idle' | null {
    return this.reason;
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.callerSignal.removeEventListener('abort', this.onCancel);
  }

  private stop(reason: 'cancelled' | 'idle'): void {
    if (this.reason) return;
    this.reason = reason;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.controller.abort(reason);
  }
}

function stoppedError(reason: 'cancelled' | 'idle', idleTimeoutMs: number, baseUrl: string): GenerationError {
  if (reason === 'cancelled') return new GenerationError('cancelled', 'Cancelled.');
  return new GenerationError(
    'timeout',
    `The model stopped responding (nothing for ${Math.round(idleTimeoutMs / 1000)} s). Retry; if it keeps happening, check the server at ${baseUrl}.`,
  );
}

/** Progress while writing: half "parts finished", half "text written vs a typical letter", so it moves with every chunk. */
function writingProgress(text: string): number {
  const { complete } = parseTaggedLetter(text);
  const byParts = complete.length / LETTER_FIELDS.length;
  const byLength = Math.min(text.length / EXPECTED_CHARS, 1);
  const span = PROGRESS.writingEnd - PROGRESS.writingStart;
  return Math.round(PROGRESS.writingStart + span * ((byParts + byLength) / 2));
}

export interface StreamContext {
  client: LetterClient;
  watch: StreamWatch;
  model: string;
  maxTokens: number;
  baseUrl: string;
  idleTimeoutMs: number;
}

/** Sends one Messages request and streams it, bounding silence and honouring cancellation. */
export async function streamRequest(
  ctx: StreamContext,
  request: { system: string; messages: { role: 'user' | 'assistant'; content: string }[] },
  onText: (text: string, usage: TokenUsage) => void,
): Promise<StreamedReply> {
  const { client, watch, model, maxTokens, baseUrl, idleTimeoutMs } = ctx;
  let text = '';
  let usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
  let stopReason: StopReason = null;
  let streamStarted = false;
  if (watch.stoppedBecause) throw stoppedError(watch.stoppedBecause, idleTimeoutMs, baseUrl);
  try {
    const stream = await streamMessage(
      client,
      { model, max_tokens: maxTokens, system: request.system, messages: request.messages },
      { signal: watch.controller.signal },
    );
    streamStarted = true;
    // Waiting for the response headers is bounded by the request timeout; from here silence is ours to bound.
    watch.touch();
    for await (const event of stream) {
      watch.touch();
      // Local servers may leave usage out: what they do not say counts as what we had.
      if (event.type === 'message_start') {
        usage = { ...usage, inputTokens: event.message.usage?.input_tokens ?? usage.inputTokens };
      } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        text += event.delta.text ?? '';
        onText(text, usage);
      } else if (event.type === 'message_delta') {
        stopReason = event.delta.stop_reason ?? null;
        usage = { inputTokens: event.usage?.input_tokens ?? usage.inputTokens, outputTokens: event.usage?.output_tokens ?? usage.outputTokens };
      }
    }
  } catch (error) {
    if (watch.stoppedBecause) throw stoppedError(watch.stoppedBecause, idleTimeoutMs, baseUrl);
    throw toGenerationError(error, { baseUrl, model, streamStarted });
  }
  // A cancel or idle stop that lands as the stream ends still wins over the reply.
  if (watch.stoppedBecause) throw stoppedError(watch.stoppedBecause, idleTimeoutMs, baseUrl);
  if (stopReason === null) {
    throw new GenerationError('stream-broken', 'The letter stopped part-way: the stream ended without finishing. Retry.');
  }
  return { text, usage, stopReason };
}

/**
 * Writes one letter, streaming. Resolves with the letter and the check's findings; rejects with a
 * `GenerationError` whose message tells the user what to do. Retries of rate limits, server
 * errors and dropped connections are the client's (two, honouring retry-after: lib/llm/api/request.ts).
 * A letter with serious findings gets at most one corrective request (see fix-letter.ts) unless
 * the user turned "Fix problems automatically" off.
 */
export async function generateLetter(req: GenerationRequest, tuning: GenerationTuning = {}): Promise<GenerationResult> {
  const { settings, job, signal, onProgress } = req;
  if (!settings.apiKey.trim()) throw new GenerationError('no-api-key', NO_API_KEY_MESSAGE);

  const baseUrl = normalizeBaseUrl(settings.baseUrl);
  const model = job.config.model || settings.model;
  const idleTimeoutMs = tuning.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  let text = '';
  let usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
  let progress = 0;
  const report = (step: GenerationProgress['step'], value: number, shown: { text: string; usage: TokenUsage } = { text, usage }) => {
    progress = Math.max(progress, value);
    onProgress({ step, progress, text: shown.text, usage: shown.usage });
  };

  const watch = new StreamWatch(signal, idleTimeoutMs);
  try {
    if (watch.stoppedBecause) throw stoppedError(watch.stoppedBecause, idleTimeoutMs, baseUrl);
    report('Preparing', PROGRESS.preparing);
    const prompt = buildPrompt(job);
    const client = createClient(settings, {
      ...tuning.client,
      fetch: fetchReportingActivity(tuning.client?.fetch ?? globalThis.fetch.bind(globalThis), () => watch.touch()),
    });
    const ctx: StreamContext = { client, watch, model, maxTokens: job.config.maxTokens, baseUrl, idleTimeoutMs };

    report('Waiting for Claude', PROGRESS.waiting);
    const onText = (before: string) => (sofar: string, u: TokenUsage) => {
      text = before + sofar;
      usage = u;
      report('Writing', writingProgress(text));
    };
    // A retry continues the part-way letter when the server accepts an assistant prefill; else it starts over.
    const prefill = usablePrefill(req.prefill);
    let continuation: GenerationResult['continuation'] = null;
    let reply: StreamedReply;
    if (prefill) {
      try {
        reply = await streamRequest(ctx, { ...prompt, messages: [...prompt.messages, { role: 'assistant', content: prefill }] }, onText(prefill));
        reply = { ...reply, text: prefill + reply.text };
        continuation = 'continued';
      } catch (error) {
        if (!refusesPrefill(error)) throw error;
        report('Waiting for Claude', PROGRESS.waiting, { text: '', usage });
        reply = await streamRequest(ctx, prompt, onText(''));
        continuation = 'started over';
      }
    } else {
      reply = await streamRequest(ctx, prompt, onText(''));
    }
    text = reply.text;
    usage = reply.usage;
    const first = { ...finish(req, { ...reply, model }, report), continuation };
    if (settings.fixProblemsAutomatically === false || !first.findings.some(isSerious)) return first;
    return await fixLetter({ req, stream: (request, onText) => streamRequest(ctx, request, onText), prompt, first, report: (value, shown) => report('Fixing', value, shown) });
  } finally {
    watch.dispose();
  }
}

/** Fewer words than this are cheaper to write again than to continue. */
export const MIN_PREFILL_WORDS = 12;

function usablePrefill(prefill: string | undefined): string {
  // The Messages API refuses a final assistant turn that ends in whitespace.
  const trimmed = (prefill ?? '').trimEnd();
  return trimmed.split(/\s+/).filter(Boolean).length >= MIN_PREFILL_WORDS ? trimmed : '';
}

/** A 400 about the final assistant turn: this server or model takes no prefill. */
function refusesPrefill(error: unknown): boolean {
  if (!(error instanceof GenerationError)) return false;
  const cause = error.cause as { status?: number; message?: string } | undefined;
  return cause?.status === 400 && /prefill|assistant|final message/i.test(`${cause.message ?? ''} ${error.message}`);
}

function finish(
  req: GenerationRequest,
  reply: { text: string; usage: TokenUsage; stopReason: string; model: string },
  report: (step: GenerationProgress['step'], value: number) => void,
): GenerationResult {
  const { text, usage, stopReason, model } = reply;
  if (stopReason === 'max_tokens') {
    throw new GenerationError(
      'max-tokens',
      `The letter was cut off at the Max tokens limit (${req.job.config.maxTokens}). Raise Max tokens in Settings, or shorten your instructions, then Retry.`,
      { retryable: false },
    );
  }
  if (text.trim() === '') {
    throw new GenerationError('empty', 'The model answered with no text. Retry; if it happens again, try another model in Settings.');
  }
  if (stopReason === 'refusal' || isRefusal(text)) {
    throw new GenerationError(
      'refusal',
      `The model declined to write this letter ("${text.trim().slice(0, 120)}"). Check the job description for anything unusual, then Retry.`,
    );
  }
  report('Checking', PROGRESS.checking);
  const content = readLetter(text, req.job.job.company);
  const findings = checkLetter(content, req.job);
  return { content, findings, model, usage, text, autoFix: null };
}
