/**
 * A loopback server that speaks the Anthropic Messages API: the project's only fake model.
 * Unit tests, Playwright specs (the extension calls it from Chromium, hence CORS), benchmarks
 * and offline demos all use it. Behaviour is chosen per request with `[[mock:…]]` markers in
 * the prompt or with `setScenario` (see scenario.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isFixRequest, readFacts, plainText, REFUSAL_TEXT, taggedText, withFlaws, writeLetter } from './letter-writer';
import { inRequestedLanguage, plainTextInLanguage } from './language';
import { scenarioFromMarkers, scenarioFromSpec, type Scenario } from './scenario';
import { chaosPicker, type ChaosFault, type ChaosOptions } from './chaos';
import { errorTypeFor, sendError, sendJson, sseEvent } from './wire';
import { hasDocumentBlock, hasResumeTool, resumeTextOf, resumeToolInput, RESUME_TOOL_NAME } from './resume-reader';

export type { Scenario } from './scenario';

export interface RecordedRequest {
  /** When it arrived, ms since the epoch. */
  at: number;
  method: string;
  /** Path and query, e.g. "/v1/messages". */
  path: string;
  /** Header names lowercased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The parsed JSON body, or null when there was none or it was not JSON. */
  body: unknown;
}

export interface MockLlmOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Multiplies the default pacing (25 ms per chunk). Marker times are never scaled. */
  timeScale?: number;
  /** How often a long pause is broken by a `ping` event, as the real API does. Default 5000. */
  pingIntervalMs?: number;
  /**
   * Behave like a stock Ollama about origins: any request whose `Origin` is a browser extension's
   * gets 403 with an empty body (Ollama allows them only when started with OLLAMA_ORIGINS).
   */
  refuseExtensionOrigins?: boolean;
}

export interface MockLlm {
  /** Base URL without a trailing slash: what the SDK's `baseURL` takes. */
  url: string;
  /** Stops the server, ending open streams, so it never waits for a client. */
  close(): Promise<void>;
  /** API requests received so far (control routes are not recorded). */
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** API requests whose response is still open: 0 once every client stopped (or finished) its stream. */
  openRequests(): number;
  /** Applies to the next `times` API requests (default: until reset), overriding prompt markers. */
  setScenario(scenario: Scenario | null, times?: number): void;
  /** Switches the stock-Ollama origin check on or off (see `MockLlmOptions.refuseExtensionOrigins`). */
  refuseExtensionOrigins(on: boolean): void;
  /** Random faults at a seeded rate on message requests (null: off). A control scenario still wins. */
  setChaos(options: ChaosOptions | null): void;
  /** What the server billed and broke so far: output tokens actually sent, and each fault injected. */
  accounting(): MockAccounting;
}

export interface MockAccounting {
  /** Output tokens sent in all streams, finished or not: what a real API would bill. */
  outputTokensSent: number;
  /** Streams that ran to message_stop, and their tokens: each should become a letter (or a fix of one). */
  completedStreams: number;
  completedTokens: number;
  /** When each of those streams ended (Date.now()), so a run can tell which ones a worker kill caught unsaved. */
  completedAt: number[];
  /** When each text stream began to answer (Date.now(), headers sent), ended or not: with completedAt, the gaps a client leaves between letters. */
  streamStartedAt: number[];
  /** Faults injected by chaos mode, by kind. */
  faults: Partial<Record<ChaosFault, number>>;
}

/** The origins a stock Ollama refuses: every browser extension's. */
export const EXTENSION_ORIGIN = /^(chrome|moz|safari-web|ms-browser)-extension:\/\//i;

export const MOCK_MODELS = [
  { id: 'claude-sonnet-5-5', display_name: 'Claude Sonnet 5.5', created_at: '2026-09-30T00:00:00Z' },
  { id: 'claude-haiku-5-5', display_name: 'Claude Haiku 5.5', created_at: '2026-09-30T00:00:00Z' },
  { id: 'claude-opus-5-5', display_name: 'Claude Opus 5.5', created_at: '2026-09-30T00:00:00Z' },
] as const;

const DEFAULT_CHUNK_DELAY_MS = 25;
const WORDS_PER_CHUNK = 3;
/** The share of the letter a `max-tokens` scenario sends before cutting off. */
const MAX_TOKENS_CUT = 0.6;
const REJECTED_SAMPLING_PARAMS = ['temperature', 'top_p', 'top_k'];

class Aborted extends Error {}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Aborted());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(new Aborted());
    signal.addEventListener('abort', () => reject(new Aborted()), { once: true });
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

function lowercasedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function apiKeyOf(headers: Record<string, string>): string | null {
  const key = headers['x-api-key'] ?? /^Bearer\s+(.+)$/i.exec(headers['authorization'] ?? '')?.[1];
  return key?.trim() || null;
}

function textOfContent(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block: unknown) => (typeof block === 'object' && block !== null && 'text' in block && typeof block.text === 'string' ? block.text : ''))
    .join('\n');
}

/** Everything the model would read: the system prompt and every message's text. */
function promptText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body['messages']) ? (body['messages'] as Record<string, unknown>[]) : [];
  return [textOfContent(body['system']), ...messages.map((m) => textOfContent(m?.['content']))].filter(Boolean).join('\n');
}

/** What follows the prefill in the letter the model would write; the whole letter when it does not start that way. */
function continuationOf(reply: Reply, prefill: string): Reply {
  return reply.text.startsWith(prefill) ? { ...reply, text: reply.text.slice(prefill.length) } : reply;
}

function validationError(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'Request body must be a JSON object.';
  const b = body as Record<string, unknown>;
  if (typeof b['model'] !== 'string' || b['model'] === '') return 'model: Field required';
  const maxTokens = b['max_tokens'];
  if (maxTokens === undefined) return 'max_tokens: Field required';
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    return 'max_tokens: Input should be a positive integer';
  }
  if (!Array.isArray(b['messages']) || b['messages'].length === 0) return 'messages: Field required';
  const rejected = REJECTED_SAMPLING_PARAMS.find((name) => name in b);
  if (rejected) return `${rejected}: Extra inputs are not permitted`;
  return null;
}

interface Reply {
  text: string;
  stopReason: 'end_turn' | 'max_tokens';
}

/** Word-sized pieces with their trailing whitespace: output tokens ≈ words. */
function wordsOf(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [];
}

function composeReply(prompt: string, scenario: Scenario, maxTokens: number): Reply {
  if (scenario.empty) return { text: '', stopReason: 'end_turn' };
  if (scenario.refuse) return { text: REFUSAL_TEXT, stopReason: 'end_turn' };
  const facts = readFacts(prompt);
  // A corrective request gets the letter without the flaws the first reply had; either is written in the requested language.
  const letter = inRequestedLanguage(withFlaws(writeLetter(facts, scenario.tokens), facts, isFixRequest(prompt) ? [] : (scenario.flaws ?? [])), facts, prompt);
  const full = scenario.format === 'plain' ? (plainTextInLanguage(letter, facts, prompt) ?? plainText(letter, facts)) : taggedText(letter);
  const words = wordsOf(full);
  const limit = scenario.maxTokens ? Math.floor(words.length * MAX_TOKENS_CUT) : maxTokens;
  if (words.length > limit) return { text: words.slice(0, limit).join(''), stopReason: 'max_tokens' };
  return { text: full, stopReason: 'end_turn' };
}

function chunksOf(text: string): string[] {
  const words = wordsOf(text);
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_CHUNK) chunks.push(words.slice(i, i + WORDS_PER_CHUNK).join(''));
  return chunks;
}

function messageId(): string {
  return `msg_mock_${randomBytes(12).toString('hex')}`;
}

function setCorsHeaders(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  // A browser only lets the SDK read these (retry delays, request ids) when they are exposed.
  res.setHeader('access-control-expose-headers', 'request-id, retry-after, retry-after-ms, x-should-retry');
}

function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const headers: Record<string, string> = {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
  };
  if (req.headers['access-control-request-private-network'] === 'true') headers['access-control-allow-private-network'] = 'true';
  res.writeHead(204, headers);
  res.end();
}

export async function startMockLlm(options: MockLlmOptions = {}): Promise<MockLlm> {
  const host = options.host ?? '127.0.0.1';
  let refusingOrigins = options.refuseExtensionOrigins ?? false;
  let chaos: ReturnType<typeof chaosPicker> | null = null;
  let outputTokensSent = 0;
  let completedStreams = 0;
  let completedTokens = 0;
  const completedAt: number[] = [];
  const streamStartedAt: number[] = [];
  const faults: Partial<Record<ChaosFault, number>> = {};
  const chunkDelayMs = DEFAULT_CHUNK_DELAY_MS * (options.timeScale ?? 1);
  const pingIntervalMs = options.pingIntervalMs ?? 5000;
  const recorded: RecordedRequest[] = [];
  let open = 0;
  const shutdown = new AbortController();
  const sockets = new Set<Socket>();
  let control: { scenario: Scenario; remaining: number } | null = null;

  const setScenario = (scenario: Scenario | null, times = Number.POSITIVE_INFINITY) => {
    control = scenario && times > 0 ? { scenario, remaining: times } : null;
  };

  const takeControlScenario = (): Scenario => {
    if (!control) return {};
    const { scenario } = control;
    control.remaining -= 1;
    if (control.remaining <= 0) control = null;
    return scenario;
  };

  async function streamReply(res: ServerResponse, signal: AbortSignal, model: string, inputTokens: number, reply: Reply, scenario: Scenario) {
    const write = (name: string, data: Record<string, unknown>) => res.write(sseEvent(name, data));
    // Long pauses are broken up by pings, so a stream of minutes looks like the real API's.
    const pause = async (ms: number) => {
      let left = ms;
      while (left > pingIntervalMs) {
        await sleep(pingIntervalMs, signal);
        write('ping', {});
        left -= pingIntervalMs;
      }
      await sleep(left, signal);
    };

    streamStartedAt.push(Date.now());
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    write('message_start', {
      message: {
        id: messageId(), type: 'message', role: 'assistant', model, content: [],
        stop_reason: null, stop_sequence: null, usage: { input_tokens: inputTokens, output_tokens: 1 },
      },
    });
    if (scenario.hang) return untilAborted(signal);

    write('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    write('ping', {});
    const chunks = chunksOf(reply.text);
    const delay = scenario.slowMs ?? (scenario.durationMs !== undefined ? scenario.durationMs / Math.max(1, chunks.length) : chunkDelayMs);
    // `duration` is a promise about the whole stream, like a model's generation time: each chunk is
    // due at a fixed offset from the start, so a late timer (a busy machine) does not add up over
    // hundreds of chunks. `slow` is a gap between chunks and keeps relative pauses.
    const streamStart = performance.now();
    const waitFor = (sent: number) => (scenario.slowMs === undefined && scenario.durationMs !== undefined ? streamStart + (sent + 1) * delay - performance.now() : delay);
    for (const [sent, chunk] of chunks.entries()) {
      if (scenario.breakAfter === sent) {
        res.socket?.destroy();
        return;
      }
      if (scenario.errorMidstream === sent) {
        write('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });
        res.end();
        return;
      }
      await pause(waitFor(sent));
      write('content_block_delta', { index: 0, delta: { type: 'text_delta', text: chunk } });
      // Billed as it goes: a stream cut part-way still costs what it sent.
      outputTokensSent += wordsOf(chunk).length;
    }
    write('content_block_stop', { index: 0 });
    write('message_delta', {
      delta: { stop_reason: reply.stopReason, stop_sequence: null },
      usage: { output_tokens: wordsOf(reply.text).length },
    });
    write('message_stop', {});
    res.end();
    completedStreams += 1;
    completedTokens += wordsOf(reply.text).length;
    completedAt.push(Date.now());
  }

  /** A forced résumé tool call, answered as the API does: one tool_use block, stop_reason tool_use. */
  async function sendToolUse(res: ServerResponse, signal: AbortSignal, request: Record<string, unknown> & { model: string }, scenario: Scenario) {
    const input = resumeToolInput(resumeTextOf(request));
    const json = JSON.stringify(input);
    const block = { type: 'tool_use', id: `toolu_mock_${randomBytes(8).toString('hex')}`, name: RESUME_TOOL_NAME };
    const inputTokens = Math.ceil(JSON.stringify(request['messages']).length / 4);
    const outputTokens = Math.ceil(json.length / 4);
    if (request['stream'] !== true) {
      return sendJson(res, 200, JSON.stringify({
        id: messageId(), type: 'message', role: 'assistant', model: request.model,
        content: [{ ...block, input }], stop_reason: 'tool_use', stop_sequence: null,
        usage: { input_tokens: inputTokens, output_tokens: outputTokens },
      }));
    }
    const write = (name: string, data: Record<string, unknown>) => res.write(sseEvent(name, data));
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    write('message_start', { message: { id: messageId(), type: 'message', role: 'assistant', model: request.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: inputTokens, output_tokens: 1 } } });
    write('content_block_start', { index: 0, content_block: { ...block, input: {} } });
    for (let i = 0; i < json.length; i += 40) {
      await sleep(scenario.slowMs ?? chunkDelayMs, signal);
      write('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(i, i + 40) } });
    }
    write('content_block_stop', { index: 0 });
    write('message_delta', { delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: outputTokens } });
    write('message_stop', {});
    res.end();
  }

  async function handleMessages(res: ServerResponse, signal: AbortSignal, body: unknown, controlScenario: Scenario) {
    const invalid = validationError(body);
    if (invalid) return sendError(res, 400, 'invalid_request_error', invalid);
    const request = body as Record<string, unknown> & { model: string; max_tokens: number };
    if (request.model.includes('missing')) return sendError(res, 404, 'not_found_error', `model: ${request.model}`);

    // An assistant turn at the end is a prefill: the reply continues it (as the Messages API does).
    const messages = Array.isArray(request['messages']) ? (request['messages'] as Record<string, unknown>[]) : [];
    const last = messages.at(-1);
    const prefill = last?.['role'] === 'assistant' ? textOfContent(last['content']) : '';
    const prompt = promptText(prefill ? { ...request, messages: messages.slice(0, -1) } : request);
    let markers: Scenario;
    try {
      markers = scenarioFromMarkers(prompt);
    } catch (error) {
      return sendError(res, 400, 'invalid_request_error', (error as Error).message);
    }
    // The control scenario wins, so a test can fail the first attempt and let the retry through.
    const scenario: Scenario = { ...markers, ...controlScenario };

    if (scenario.stallMs) await sleep(scenario.stallMs, signal);
    if (scenario.status) {
      const { type, message } = errorTypeFor(scenario.status);
      const headers: Record<string, string> = {};
      if (scenario.retryAfterSeconds !== undefined) headers['retry-after'] = String(scenario.retryAfterSeconds);
      if (scenario.retryAfterMs !== undefined) headers['retry-after-ms'] = String(scenario.retryAfterMs);
      return sendError(res, scenario.status, type, message, headers);
    }

    if (scenario.noDocuments && hasDocumentBlock(request)) {
      return sendError(res, 400, 'invalid_request_error', 'messages.0.content.0: document content blocks are not supported by this model');
    }
    if (hasResumeTool(request)) return sendToolUse(res, signal, request, scenario);
    if (prefill && scenario.noPrefill) {
      return sendError(res, 400, 'invalid_request_error', 'messages: the final message must have role "user"; assistant prefill is not supported by this model');
    }
    if (prefill && /\s$/.test(prefill)) {
      return sendError(res, 400, 'invalid_request_error', 'messages: final assistant content cannot end with trailing whitespace');
    }

    const inputTokens = Math.ceil((prompt.length + prefill.length) / 4);
    const whole = composeReply(prompt, scenario, request.max_tokens);
    const reply = prefill ? continuationOf(whole, prefill) : whole;
    if (request['stream'] === true) return streamReply(res, signal, request.model, inputTokens, reply, scenario);
    sendJson(res, 200, JSON.stringify({
      id: messageId(), type: 'message', role: 'assistant', model: request.model,
      content: reply.text ? [{ type: 'text', text: reply.text }] : [],
      stop_reason: reply.stopReason, stop_sequence: null,
      usage: { input_tokens: inputTokens, output_tokens: wordsOf(reply.text).length },
    }));
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, signal: AbortSignal, route: string, body: unknown) {
    const isKnown = ['POST /v1/messages', 'POST /v1/messages/count_tokens', 'GET /v1/models'].includes(route) || route.startsWith('GET /v1/models/');
    if (!isKnown) return sendError(res, 404, 'not_found_error', `Not found: ${route}`);

    const key = apiKeyOf(lowercasedHeaders(req));
    if (!key) return sendError(res, 401, 'authentication_error', 'x-api-key header is required');
    if (key.startsWith('sk-bad')) return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    if (key.startsWith('sk-forbidden')) return sendError(res, 403, 'permission_error', 'Your API key does not have permission to use the specified resource.');

    let controlScenario = takeControlScenario();
    if (route === 'POST /v1/messages' && Object.keys(controlScenario).length === 0 && chaos) {
      const drawn = chaos();
      if (drawn) {
        faults[drawn.fault] = (faults[drawn.fault] ?? 0) + 1;
        controlScenario = drawn.scenario;
      }
    }
    if (route === 'POST /v1/messages') return handleMessages(res, signal, body, controlScenario);

    if (controlScenario.stallMs) await sleep(controlScenario.stallMs, signal);
    if (controlScenario.status) {
      const { type, message } = errorTypeFor(controlScenario.status);
      return sendError(res, controlScenario.status, type, message);
    }
    if (route === 'POST /v1/messages/count_tokens') {
      const b = (body ?? {}) as Record<string, unknown>;
      if (typeof b['model'] !== 'string' || !Array.isArray(b['messages'])) {
        return sendError(res, 400, 'invalid_request_error', 'model and messages are required');
      }
      return sendJson(res, 200, JSON.stringify({ input_tokens: Math.ceil(promptText(b).length / 4) }));
    }
    if (route === 'GET /v1/models') {
      const data = MOCK_MODELS.map((m) => ({ type: 'model', ...m }));
      return sendJson(res, 200, JSON.stringify({ data, has_more: false, first_id: data[0]!.id, last_id: data[data.length - 1]!.id }));
    }
    const id = decodeURIComponent(route.slice('GET /v1/models/'.length));
    const model = MOCK_MODELS.find((m) => m.id === id);
    if (!model) return sendError(res, 404, 'not_found_error', `model: ${id}`);
    return sendJson(res, 200, JSON.stringify({ type: 'model', ...model }));
  }

  function handleControl(res: ServerResponse, route: string, body: unknown) {
    if (route === 'GET /__control/requests') return sendJson(res, 200, JSON.stringify(recorded));
    if (route === 'POST /__control/chaos') {
      chaos = body && typeof body === 'object' && 'seed' in body ? chaosPicker(body as ChaosOptions) : null;
      return sendJson(res, 200, '{"ok":true}');
    }
    if (route === 'POST /__control/origins') {
      refusingOrigins = Boolean((body as { refuseExtensionOrigins?: unknown } | null)?.refuseExtensionOrigins);
      return sendJson(res, 200, '{"ok":true}');
    }
    if (route === 'POST /__control/reset') {
      recorded.length = 0;
      control = null;
      return sendJson(res, 200, '{"ok":true}');
    }
    if (route === 'POST /__control/scenario') {
      const { scenario, times } = (body ?? {}) as { scenario?: Scenario | string | null; times?: number };
      try {
        setScenario(typeof scenario === 'string' ? scenarioFromSpec(scenario) : scenario ?? null, times);
      } catch (error) {
        return sendError(res, 400, 'invalid_request_error', (error as Error).message);
      }
      return sendJson(res, 200, '{"ok":true}');
    }
    return sendError(res, 404, 'not_found_error', `Not found: ${route}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('request-id', `req_mock_${randomBytes(12).toString('hex')}`);
    setCorsHeaders(res);
    // Ends every wait of this request when the client goes away or the server closes.
    const requestDone = new AbortController();
    res.on('close', () => requestDone.abort());
    const signal = AbortSignal.any([requestDone.signal, shutdown.signal]);

    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const raw = await readBody(req);
    const body = parseJson(raw);
    const route = `${method} ${url.pathname.replace(/\/+$/, '') || '/'}`;

    if (url.pathname.startsWith('/__control/')) return handleControl(res, route, body);
    recorded.push({ at: Date.now(), method, path: url.pathname + url.search, headers: lowercasedHeaders(req), body });
    if (!res.destroyed) {
      open++;
      res.once('close', () => open--);
    }
    if (refusingOrigins && EXTENSION_ORIGIN.test(String(req.headers.origin ?? ''))) {
      // As Ollama's CORS middleware does: 403, no body, no CORS headers.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.writeHead(403, { 'content-length': '0' });
      return res.end();
    }
    if (method === 'OPTIONS') return answerPreflight(req, res);
    if (method === 'POST' && raw.trim() !== '' && body === null) {
      return sendError(res, 400, 'invalid_request_error', 'The request body is not valid JSON.');
    }
    try {
      await handleApi(req, res, signal, route, body);
    } catch (error) {
      if (error instanceof Aborted) return;
      if (!res.headersSent) sendError(res, 500, 'api_error', `Mock server error: ${(error as Error).message}`);
      else res.destroy();
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    requests: () => recorded.map((r) => ({ ...r, headers: { ...r.headers } })),
    clearRequests: () => {
      recorded.length = 0;
    },
    setScenario,
    refuseExtensionOrigins: (on: boolean) => {
      refusingOrigins = on;
    },
    setChaos: (chaosOptions) => {
      chaos = chaosOptions ? chaosPicker(chaosOptions) : null;
    },
    openRequests: () => open,
    accounting: () => ({ outputTokensSent, completedStreams, completedTokens, completedAt: [...completedAt], streamStartedAt: [...streamStartedAt], faults: { ...faults } }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        shutdown.abort();
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
