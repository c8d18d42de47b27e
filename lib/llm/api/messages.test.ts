import { describe, expect, it } from 'vitest';
import { useMockLlm } from '../../../e2e/mock-llm/use-mock-llm';
import { RESUME_TOOL } from '../../resume/resume-tool';
import { ApiAbortError, ApiError, ApiFormatError } from './errors';
import { createMessage, streamMessage, type MessageParams, type StreamEvent } from './messages';
import type { ApiConfig } from './request';

const mockLlm = useMockLlm({ timeScale: 0.01, pingIntervalMs: 20 });

const cfg = (extra: Partial<ApiConfig> = {}): ApiConfig => ({ baseUrl: mockLlm().url, apiKey: 'sk-test', ...extra });

const params = (marker = ''): MessageParams => ({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  system: 'Write a cover letter.',
  messages: [{ role: 'user', content: `Company: Initech. Position: Staff Compiler Engineer. ${marker}` }],
});

async function collect(events: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const all: StreamEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** Answers a streamed request with these raw SSE bytes. */
const sseFetch = (wire: string): typeof globalThis.fetch => async () => new Response(wire, { headers: { 'content-type': 'text/event-stream' } });

describe('streamMessage', () => {
  it('yields the events of a streamed letter in order, without pings, ending with the stop reason and usage', async () => {
    const events = await collect(await streamMessage(cfg(), params('[[mock:duration=200]] [[mock:tokens=30]]')));
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('message_start');
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(types).not.toContain('ping');
    const text = events.map((e) => (e.type === 'content_block_delta' ? e.delta.text : '')).join('');
    expect(text).toMatch(/^<addressee>[\s\S]+<\/why_company>$/);
    expect(events.at(-2)).toMatchObject({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: expect.any(Number) } });
    expect(mockLlm().requests()[0]!.body).toMatchObject({ stream: true, model: 'claude-sonnet-5-5' });
  });

  it('rejects the iteration with the server’s error when an error event arrives mid-stream', async () => {
    const stream = await streamMessage(cfg(), params('[[mock:error-midstream=3]]'));
    const failure = await collect(stream).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: undefined, type: 'overloaded_error', apiMessage: 'Overloaded' });
  });

  it('stops the stream at the server when cancelled mid-letter, and says it was an abort', async () => {
    const controller = new AbortController();
    const stream = await streamMessage(cfg(), params('[[mock:slow=50]] [[mock:tokens=5000]]'), { signal: controller.signal });
    const failure = await (async () => {
      for await (const event of stream) if (event.type === 'content_block_delta') controller.abort();
    })().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiAbortError);
    await expect.poll(() => mockLlm().openRequests()).toBe(0);
  });

  it('refuses before streaming with the status error, as the SDK does', async () => {
    const failure = await streamMessage(cfg({ apiKey: 'sk-bad' }), params()).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 401, type: 'authentication_error', apiMessage: 'invalid x-api-key' });
    expect((failure as ApiError).requestId).toMatch(/^req_mock_/);
  });

  it('skips event types it does not know, and says so when a known one is not in the API’s format', async () => {
    const future = 'event: thinking_summary\ndata: {"type":"thinking_summary","text":"…"}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n';
    expect(await collect(await streamMessage(cfg({ fetch: sseFetch(future) }), params()))).toEqual([{ type: 'message_stop' }]);
    const broken = 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta"}}\n\n';
    await expect(collect(await streamMessage(cfg({ fetch: sseFetch(broken) }), params()))).rejects.toBeInstanceOf(ApiFormatError);
    const notJson = 'event: message_start\ndata: {"type":\n\n';
    await expect(collect(await streamMessage(cfg({ fetch: sseFetch(notJson) }), params()))).rejects.toBeInstanceOf(ApiFormatError);
  });

  it('reads a local server’s stream that leaves out ids and usage', async () => {
    const local = [
      'event: message_start\ndata: {"type":"message_start","message":{"role":"assistant","content":[]}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n',
      'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"}}\n\n',
    ].join('');
    const events = await collect(await streamMessage(cfg({ fetch: sseFetch(local) }), params()));
    expect(events.map((e) => e.type)).toEqual(['message_start', 'content_block_delta', 'message_delta']);
  });
});

describe('createMessage', () => {
  it('reads a whole answer with its tool call', async () => {
    const message = await createMessage(cfg(), {
      model: 'claude-sonnet-5-5',
      max_tokens: 1024,
      tools: [RESUME_TOOL],
      tool_choice: { type: 'tool', name: RESUME_TOOL.name },
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Name: Ada Lovelace\nEmail: ada@example.com\nSkills: Maths' }] }],
    });
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content[0]).toMatchObject({ type: 'tool_use', name: RESUME_TOOL.name, input: { name: 'Ada Lovelace', email: 'ada@example.com' } });
    expect(mockLlm().requests()[0]!.body).not.toHaveProperty('stream');
  });

  it('says so when a 200 answer is not a message', async () => {
    const fetch: typeof globalThis.fetch = async () => Response.json({ choices: [{ message: { content: 'OpenAI-style' } }] });
    await expect(createMessage(cfg({ fetch }), params())).rejects.toThrow(/not in the Messages API format \(.*content/);
  });
});
