import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPrompt } from '../../lib/llm/prompt';
import { sampleJob } from '../../lib/llm/testing';
import { startMockLlm, type MockLlm } from './server';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.01, pingIntervalMs: 40 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.setScenario(null);
  mock.clearRequests();
});

const prompt = buildPrompt(sampleJob());

function messagesBody(extra: Record<string, unknown> = {}, marker = '') {
  return {
    model: 'claude-sonnet-5-5',
    max_tokens: 1024,
    system: prompt.system,
    messages: [{ role: 'user', content: prompt.messages[0]!.content + marker }],
    ...extra,
  };
}

function post(path: string, body: unknown, headers: Record<string, string> = { 'x-api-key': 'sk-test' }) {
  return fetch(`${mock.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

interface SseEvent {
  event: string;
  data: Record<string, unknown> & { type: string };
}

function parseSse(raw: string): SseEvent[] {
  return raw
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? '';
      const data = JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? 'null') as SseEvent['data'];
      return { event, data };
    });
}

function textOf(events: SseEvent[]): string {
  return events
    .filter((e) => e.event === 'content_block_delta')
    .map((e) => (e.data['delta'] as { text: string }).text)
    .join('');
}

async function streamed(marker = '') {
  const res = await post('/v1/messages', messagesBody({ stream: true }, marker));
  return { res, events: parseSse(await res.text()) };
}

describe('streaming', () => {
  it('sends the events in the documented order, each data carrying its event name', async () => {
    const { res, events } = await streamed();
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const names = events.map((e) => e.event);
    const deltas = names.filter((n) => n === 'content_block_delta').length;
    expect(deltas).toBeGreaterThan(20);
    expect(names).toEqual([
      'message_start', 'content_block_start', 'ping',
      ...Array<string>(deltas).fill('content_block_delta'),
      'content_block_stop', 'message_delta', 'message_stop',
    ]);
    for (const e of events) expect(e.data.type).toBe(e.event);
    expect(events[1]!.data).toEqual({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  });

  it('writes a specific tagged letter from the profile and job, and counts tokens', async () => {
    const { events } = await streamed();
    const text = textOf(events);
    expect(text).toMatch(/^<addressee>Hiring Team at Initech<\/addressee>\s*<opening>[\s\S]+<\/opening>\s*<about_me>[\s\S]+<\/about_me>\s*<why_me>[\s\S]+<\/why_me>\s*<why_company>[\s\S]+<\/why_company>$/);
    for (const fact of ['Staff Compiler Engineer', 'Remington Rand', 'Senior Programmer', 'COBOL', 'Compilers']) expect(text).toContain(fact);
    const start = events[0]!.data['message'] as { usage: { input_tokens: number }; content: unknown[] };
    expect(start.content).toEqual([]);
    const promptChars = prompt.system.length + prompt.messages[0]!.content.length;
    expect(start.usage.input_tokens).toBeGreaterThan(promptChars / 5);
    expect(start.usage.input_tokens).toBeLessThan(promptChars / 3);
    const delta = events.find((e) => e.event === 'message_delta')!.data;
    expect(delta['delta']).toEqual({ stop_reason: 'end_turn', stop_sequence: null });
    expect((delta['usage'] as { output_tokens: number }).output_tokens).toBe(text.split(/\s+/).filter(Boolean).length);
  });

  it('falls back to generic wording when the prompt has no profile or job', async () => {
    const res = await post('/v1/messages', { model: 'mock-1', max_tokens: 500, messages: [{ role: 'user', content: 'Write me a cover letter.' }] });
    const body = (await res.json()) as { content: { text: string }[] };
    expect(body.content[0]!.text).toContain('Hiring Team at your company');
  });

  it('answers without streaming as a message object', async () => {
    const res = await post('/v1/messages', messagesBody());
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(body).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sonnet-5-5', stop_reason: 'end_turn' });
    expect((body['content'] as { text: string }[])[0]!.text).toContain('<why_company>');
  });

  it('format=plain writes a classic letter with greeting and sign-off', async () => {
    const text = textOf((await streamed('[[mock:format=plain]]')).events);
    expect(text.startsWith('Dear Hiring Team at Initech,\n\n')).toBe(true);
    expect(text.endsWith('Sincerely,\nGrace Hopper')).toBe(true);
    expect(text).not.toContain('<opening>');
  });

  it('tokens=N sizes the letter for benchmarks', async () => {
    for (const tokens of [200, 2000]) {
      const res = await post('/v1/messages', messagesBody({ max_tokens: 4096 }, `[[mock:tokens=${tokens}]]`));
      const { usage } = (await res.json()) as { usage: { output_tokens: number } };
      expect(usage.output_tokens).toBeGreaterThan(tokens * 0.9);
      expect(usage.output_tokens).toBeLessThan(tokens * 1.1);
    }
  });

  it('stops at the request max_tokens with stop_reason max_tokens', async () => {
    const { events } = await streamed();
    const full = textOf(events).split(/\s+/).length;
    const res = await post('/v1/messages', messagesBody({ max_tokens: 40 }));
    const body = (await res.json()) as { stop_reason: string; usage: { output_tokens: number } };
    expect(body).toMatchObject({ stop_reason: 'max_tokens', usage: { output_tokens: 40 } });
    expect(full).toBeGreaterThan(40);
  });

  it('refuse, empty and max-tokens change the reply', async () => {
    expect(textOf((await streamed('[[mock:refuse]]')).events)).toBe("I'm sorry, but I can't help with that.");
    const empty = (await streamed('[[mock:empty]]')).events;
    expect(textOf(empty)).toBe('');
    expect(empty.at(-1)!.event).toBe('message_stop');
    const cut = (await streamed('[[mock:max-tokens]]')).events;
    expect(cut.find((e) => e.event === 'message_delta')!.data['delta']).toMatchObject({ stop_reason: 'max_tokens' });
    expect(textOf(cut)).not.toContain('</why_company>');
  });

  it('duration=MS stretches the stream and keeps it alive with pings', async () => {
    const started = Date.now();
    const { events } = await streamed('[[mock:duration=400]] [[mock:tokens=10]]');
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(events.filter((e) => e.event === 'ping').length).toBeGreaterThan(2);
    expect(events.at(-1)!.event).toBe('message_stop');
  });

  it('slow=MS paces the chunks and stall=MS holds back the headers', async () => {
    let started = Date.now();
    await streamed('[[mock:slow=20]] [[mock:tokens=30]]');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    started = Date.now();
    const res = await post('/v1/messages', messagesBody({ stream: true }, '[[mock:stall=200]]'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await res.text();
  });

  it('error-midstream=N sends an overloaded error event after N deltas and ends', async () => {
    const { events } = await streamed('[[mock:error-midstream=2]]');
    expect(events.map((e) => e.event)).toEqual(['message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta', 'error']);
    expect(events.at(-1)!.data).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
  });

  it('break-after=N drops the connection after N deltas', async () => {
    const res = await post('/v1/messages', messagesBody({ stream: true }, '[[mock:break-after=3]]'));
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('hang sends message_start then nothing, and close() still returns promptly', async () => {
    const own = await startMockLlm();
    const res = await fetch(`${own.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
      body: JSON.stringify(messagesBody({ stream: true }, '[[mock:hang]]')),
    });
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: message_start');
    const next = await Promise.race([reader.read().then(() => 'data'), new Promise((r) => setTimeout(() => r('silence'), 150))]);
    expect(next).toBe('silence');
    // close() resolves although a client still holds a stream open: it ends the stream instead of waiting on it.
    await own.close();
    expect(await reader.read().then((r) => r.done, () => true)).toBe(true);
  });
});

describe('errors', () => {
  async function errorOf(res: Response) {
    return { status: res.status, body: (await res.json()) as { type: string; error: { type: string; message: string }; request_id: string } };
  }

  it('refuses a missing key, a bad key and a forbidden key like the API', async () => {
    const missing = await errorOf(await post('/v1/messages', messagesBody(), {}));
    expect(missing.status).toBe(401);
    expect(missing.body.error.type).toBe('authentication_error');

    const badRes = await post('/v1/messages', messagesBody(), { authorization: 'Bearer sk-bad-123' });
    const bad = await errorOf(badRes);
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' }, request_id: badRes.headers.get('request-id') });
    expect(badRes.headers.get('request-id')).toMatch(/^req_/);

    const forbidden = await errorOf(await post('/v1/messages', messagesBody(), { 'x-api-key': 'sk-forbidden-1' }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.type).toBe('permission_error');
  });

  it('reports an unknown model, an invalid body, an unknown route and an unknown marker', async () => {
    const model = await errorOf(await post('/v1/messages', messagesBody({ model: 'claude-missing-1' })));
    expect(model).toMatchObject({ status: 404, body: { error: { type: 'not_found_error', message: 'model: claude-missing-1' } } });
    const invalid = await errorOf(await post('/v1/messages', messagesBody({ max_tokens: 0 })));
    expect(invalid).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error' } } });
    expect(invalid.body.error.message).toMatch(/max_tokens/);
    const sampling = await errorOf(await post('/v1/messages', messagesBody({ temperature: 0.5 })));
    expect(sampling.body.error.message).toMatch(/temperature/);
    const route = await errorOf(await post('/v1/complete', {}));
    expect(route).toMatchObject({ status: 404, body: { type: 'error', error: { type: 'not_found_error' } } });
    const marker = await errorOf(await post('/v1/messages', messagesBody({}, '[[mock:explode]]')));
    expect(marker.body.error.message).toMatch(/Unknown mock scenario "explode"/);
  });

  it.each([
    [413, 'request_too_large'],
    [429, 'rate_limit_error'],
    [500, 'api_error'],
    [503, 'api_error'],
    [529, 'overloaded_error'],
  ])('status=%i answers with %s', async (status, type) => {
    const res = await post('/v1/messages', messagesBody({ stream: true }, `[[mock:status=${status}]]`));
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe(type);
  });

  it('retry-after rides along with the status', async () => {
    const res = await post('/v1/messages', messagesBody({}, '[[mock:status=429]][[mock:retry-after=7]][[mock:retry-after-ms=50]]'));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('retry-after-ms')).toBe('50');
    expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
  });
});

describe('CORS', () => {
  it('answers a preflight with the requested headers allowed', async () => {
    const res = await fetch(`${mock.url}/v1/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key,anthropic-version,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-api-key,anthropic-version,content-type');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('puts CORS and request-id headers on every response, errors included', async () => {
    for (const res of [await post('/v1/messages', messagesBody()), await post('/v1/messages', messagesBody(), {}), await post('/nope', {})]) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('request-id')).toMatch(/^req_mock_/);
    }
  });
});

describe('other routes', () => {
  it('lists the models in the paginated shape and counts tokens', async () => {
    const models = (await (await fetch(`${mock.url}/v1/models`, { headers: { 'x-api-key': 'k' } })).json()) as Record<string, unknown>;
    expect(models).toEqual({
      data: ['claude-sonnet-5-5', 'claude-haiku-5-5', 'claude-opus-5-5'].map((id) => expect.objectContaining({ type: 'model', id, display_name: expect.any(String), created_at: expect.any(String) })),
      has_more: false, first_id: 'claude-sonnet-5-5', last_id: 'claude-opus-5-5',
    });
    const count = (await (await post('/v1/messages/count_tokens', { model: 'claude-haiku-5-5', messages: [{ role: 'user', content: 'x'.repeat(400) }] })).json()) as { input_tokens: number };
    expect(count.input_tokens).toBe(100);
  });
});

describe('scenarios set by tests', () => {
  it('a control scenario overrides markers for the next N requests only', async () => {
    mock.setScenario({ status: 529 }, 1);
    expect((await post('/v1/messages', messagesBody({}, '[[mock:refuse]]'))).status).toBe(529);
    const second = (await (await post('/v1/messages', messagesBody({}, '[[mock:refuse]]'))).json()) as { content: { text: string }[] };
    expect(second.content[0]!.text).toMatch(/^I'm sorry/);
  });

  it('the control routes set a scenario from a spec string, list requests and reset', async () => {
    await fetch(`${mock.url}/__control/scenario`, { method: 'POST', body: JSON.stringify({ scenario: 'status=503 retry-after=2', times: 2 }) });
    expect((await post('/v1/messages', messagesBody())).status).toBe(503);
    expect((await post('/v1/messages', messagesBody())).status).toBe(503);
    expect((await post('/v1/messages', messagesBody())).status).toBe(200);

    const recorded = (await (await fetch(`${mock.url}/__control/requests`)).json()) as { method: string; path: string; headers: Record<string, string>; body: { model: string } }[];
    expect(recorded).toHaveLength(3);
    expect(recorded[0]).toMatchObject({ method: 'POST', path: '/v1/messages', headers: { 'x-api-key': 'sk-test' }, body: { model: 'claude-sonnet-5-5' } });

    await fetch(`${mock.url}/__control/reset`, { method: 'POST' });
    expect(mock.requests()).toEqual([]);
  });
});

describe('through the real SDK', () => {
  it('streams a letter the SDK assembles, sending its auth and version headers', async () => {
    const client = new Anthropic({ apiKey: 'sk-anything', baseURL: mock.url });
    const stream = client.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 1024, system: prompt.system, messages: prompt.messages });
    const message = await stream.finalMessage();
    expect(message.stop_reason).toBe('end_turn');
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('Remington Rand') });
    expect(message.usage.output_tokens).toBeGreaterThan(200);
    const [request] = mock.requests();
    expect(request!.headers['authorization']).toBe('Bearer sk-anything');
    expect(request!.headers['anthropic-version']).toBeTruthy();
    expect(request!.body).toMatchObject({ stream: true, model: 'claude-sonnet-5-5' });
  });
});

describe('stock-Ollama origin mode', () => {
  it('refuses a browser extension origin with an empty 403, and still serves requests without one', async () => {
    mock.refuseExtensionOrigins(true);
    try {
      const refused = await post('/v1/messages', messagesBody(), { 'x-api-key': 'sk-test', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toBe('');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const firefox = await post('/v1/messages', messagesBody(), { 'x-api-key': 'sk-test', origin: 'moz-extension://1234-5678' });
      expect(firefox.status).toBe(403);
      const plain = await post('/v1/messages', messagesBody());
      expect(plain.status).toBe(200);
      await plain.text();
    } finally {
      mock.refuseExtensionOrigins(false);
    }
    const allowed = await post('/v1/messages', messagesBody(), { 'x-api-key': 'sk-test', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' });
    expect(allowed.status).toBe(200);
    await allowed.text();
  });
});

describe('chaos mode', () => {
  it('injects faults at a seeded rate, the same sequence for the same seed, and bills only what was sent', async () => {
    const statuses = async () => {
      const seen: number[] = [];
      for (let i = 0; i < 30; i++) {
        const res = await post('/v1/messages', messagesBody({ stream: true }));
        seen.push(res.status);
        await res.text().catch(() => '');
      }
      return seen;
    };
    mock.setChaos({ seed: 7, rate: 0.5, faults: ['429', '500', '529'] });
    const first = await statuses();
    mock.setChaos({ seed: 7, rate: 0.5, faults: ['429', '500', '529'] });
    const second = await statuses();
    mock.setChaos(null);
    expect(second).toEqual(first);
    const failed = first.filter((s) => s !== 200).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(25);
    expect(new Set(first.filter((s) => s !== 200))).toEqual(new Set([429, 500, 529]));
    const faults = mock.accounting().faults;
    expect((faults['429'] ?? 0) + (faults['500'] ?? 0) + (faults['529'] ?? 0)).toBe(failed * 2);
  });
});
