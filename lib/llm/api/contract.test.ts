/**
 * Our Messages client against @anthropic-ai/sdk (the reference, a dev dependency only), on the
 * same loopback scenarios: they must send the same request and read the same answer, success or
 * failure. If the SDK changes how it speaks the API, this is where it shows.
 */
import Anthropic from '@anthropic-ai/sdk';
import { Stream } from '@anthropic-ai/sdk/core/streaming';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../e2e/mock-llm/server';
import { useMockLlm } from '../../../e2e/mock-llm/use-mock-llm';
import { streamMessage } from './messages';
import { listModels } from './models';
import { serverSentEvents } from './sse';

const mockLlm = useMockLlm({ timeScale: 0.01 });

const ASK = 'Company: Initech. Position: Staff Compiler Engineer. Candidate: Grace Hopper.';

/** A request both clients take as it is. */
function request(marker = '') {
  return { model: 'claude-sonnet-5-5', max_tokens: 1024, system: 'Write a cover letter.', messages: [{ role: 'user' as const, content: `${ASK} ${marker}` }] };
}

interface Outcome {
  events?: unknown[];
  error?: { status: number | undefined; type: string | null; apiMessage: string | null; retryAfter: string | null; requestId: boolean };
  requests: number;
}

/** Message ids are random per response; everything else must match. */
function withoutIds(event: unknown): unknown {
  const e = event as { type: string; message?: Record<string, unknown> };
  return e.type === 'message_start' ? { ...e, message: { ...e.message, id: 'msg' } } : e;
}

function errorOutcome(error: unknown): Outcome['error'] {
  const e = error as { status?: number; type?: string | null; apiMessage?: string | null; headers?: Headers; requestID?: string | null; requestId?: string | null };
  if (!(error instanceof Error) || !('apiMessage' in e)) throw error;
  return {
    status: e.status,
    type: e.type ?? null,
    apiMessage: e.apiMessage ?? null,
    retryAfter: e.headers?.get('retry-after') ?? null,
    requestId: Boolean(e.requestID ?? e.requestId),
  };
}

async function run(scenario: Scenario | null, times: number | undefined, read: () => Promise<unknown[]>): Promise<Outcome> {
  mockLlm().clearRequests();
  mockLlm().setScenario(scenario, times);
  const requests = () => mockLlm().requests().length;
  try {
    return { events: (await read()).map(withoutIds), requests: requests() };
  } catch (error) {
    return { error: errorOutcome(error), requests: requests() };
  }
}

async function both(scenario: Scenario | null, options: { apiKey?: string; marker?: string; times?: number } = {}) {
  const apiKey = options.apiKey ?? 'sk-test';
  const body = request(options.marker);
  // Configured as the extension configured it before: a browser client.
  const sdk = new Anthropic({ apiKey, baseURL: mockLlm().url, dangerouslyAllowBrowser: true });
  const reference = await run(scenario, options.times, async () => {
    const events: unknown[] = [];
    for await (const event of await sdk.messages.create({ ...body, stream: true })) events.push(event);
    return events;
  });
  const sdkRequest = mockLlm().requests()[0];
  const ours = await run(scenario, options.times, async () => {
    const events: unknown[] = [];
    const config = { baseUrl: mockLlm().url, apiKey };
    for await (const event of await streamMessage(config, body)) events.push(event);
    return events;
  });
  return { reference, ours, sdkRequest, ourRequest: mockLlm().requests()[0] };
}

describe('our client and the SDK agree', () => {
  it('on a streamed letter: every event, its text, usage and stop reason; and on the request they send', async () => {
    const { reference, ours, sdkRequest, ourRequest } = await both(null);
    expect(reference.events!.length).toBeGreaterThan(10);
    expect(ours).toEqual(reference);
    expect(ours.events!.at(-2)).toMatchObject({ type: 'message_delta', delta: { stop_reason: 'end_turn' } });
    expect(ourRequest!.body).toEqual(sdkRequest!.body);
    for (const header of ['authorization', 'anthropic-version', 'anthropic-dangerous-direct-browser-access', 'content-type']) {
      expect(ourRequest!.headers[header], header).toBe(sdkRequest!.headers[header]);
    }
  });

  it('on a letter cut off at max_tokens', async () => {
    const { reference, ours } = await both(null, { marker: '[[mock:max-tokens]]' });
    expect(ours).toEqual(reference);
    expect(ours.events!.at(-2)).toMatchObject({ delta: { stop_reason: 'max_tokens' } });
  });

  it('on a 429 with retry-after: both wait, retry and get the letter', async () => {
    const { reference, ours } = await both({ status: 429, retryAfterSeconds: 0.02 }, { times: 1 });
    expect(reference.requests).toBe(2);
    expect(ours).toEqual(reference);
  });

  it('on a 429 that does not clear: the same refusal, with its retry-after, after the same retries', async () => {
    const { reference, ours } = await both({ status: 429, retryAfterSeconds: 0.01 });
    expect(reference).toMatchObject({ requests: 3, error: { status: 429, type: 'rate_limit_error', retryAfter: '0.01', requestId: true } });
    expect(ours).toEqual(reference);
  });

  it('on a 529 overloaded', async () => {
    const { reference, ours } = await both({ status: 529, retryAfterMs: 5 });
    expect(reference).toMatchObject({ requests: 3, error: { status: 529, type: 'overloaded_error', apiMessage: 'Overloaded' } });
    expect(ours).toEqual(reference);
  });

  it('on an error event mid-stream: no status, the error’s type and message, no retry', async () => {
    const { reference, ours } = await both(null, { marker: '[[mock:error-midstream=2]]' });
    expect(reference).toMatchObject({ requests: 1, error: { status: undefined, type: 'overloaded_error', apiMessage: 'Overloaded' } });
    expect(ours).toEqual(reference);
  });

  it('on a refused key (401), not retried', async () => {
    const { reference, ours } = await both(null, { apiKey: 'sk-bad' });
    expect(reference).toMatchObject({ requests: 1, error: { status: 401, type: 'authentication_error', apiMessage: 'invalid x-api-key', requestId: true } });
    expect(ours).toEqual(reference);
  });

  it('on the model list', async () => {
    const sdk = new Anthropic({ apiKey: 'sk-test', baseURL: mockLlm().url });
    const reference: unknown[] = [];
    for await (const model of sdk.models.list({ limit: 100 })) reference.push(model);
    expect(await listModels({ baseUrl: mockLlm().url, apiKey: 'sk-test' })).toEqual(reference);
  });

  it('on raw server-sent events, however the bytes are cut', async () => {
    const wire = new TextEncoder().encode(
      ': hello\r\nevent: a\r\ndata: {"x":"Grüße 👋"}\r\n\r\nevent:b\ndata: 1\ndata:2\nid: 9\n\nevent: c\rdata: ü\r\rdata: bare\n\nevent: dangling\ndata: x',
    );
    const body = (cut: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(wire.slice(0, cut));
          controller.enqueue(wire.slice(cut));
          controller.close();
        },
      });
    for (let cut = 0; cut <= wire.length; cut++) {
      const reference: unknown[] = [];
      for await (const sse of Stream.rawEvents(new Response(body(cut)))) reference.push({ event: sse.event, data: sse.data });
      const ours: unknown[] = [];
      for await (const sse of serverSentEvents(body(cut))) ours.push(sse);
      expect(ours, `cut at ${cut}`).toEqual(reference);
    }
  });
});

