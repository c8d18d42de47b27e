import { describe, expect, it } from 'vitest';
import { startMockLlm, type Scenario } from '../../e2e/mock-llm/server';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { GenerationError } from './errors';
import { generateLetter, type GenerationTuning } from './generate';
import { sampleJob } from './testing';
import type { GenerationProgress } from './types';

const mockLlm = useMockLlm({ timeScale: 0.01 });

interface RunOptions {
  marker?: string;
  fix?: boolean;
  apiKey?: string;
  model?: string;
  baseUrl?: string;
  signal?: AbortSignal;
  tuning?: GenerationTuning;
  onProgress?: (p: GenerationProgress) => void;
}

function run(options: RunOptions = {}) {
  const progress: GenerationProgress[] = [];
  const job = sampleJob({
    description: `Build the compiler toolchain for our reporting language. You will own the parser. ${options.marker ?? ''}`,
    model: options.model,
  });
  const promise = generateLetter(
    {
      job,
      settings: { apiKey: options.apiKey ?? 'sk-test', baseUrl: options.baseUrl ?? mockLlm().url, model: 'claude-sonnet-5-5', maxTokens: 2048, fixProblemsAutomatically: options.fix ?? true },
      signal: options.signal ?? new AbortController().signal,
      onProgress: (p) => {
        progress.push(p);
        options.onProgress?.(p);
      },
    },
    options.tuning,
  );
  return { promise, progress };
}

async function failure(options: RunOptions = {}): Promise<GenerationError> {
  const error = await run(options).promise.then(
    () => {
      throw new Error('expected the generation to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenerationError);
  return error as GenerationError;
}

function messageRequests() {
  return mockLlm().requests().filter((r) => r.path === '/v1/messages');
}

describe('generateLetter, happy path', () => {
  it('writes a letter naming the company, the position and the candidate’s real experience', async () => {
    const { promise, progress } = run();
    const result = await promise;
    expect(result.content.addressee).toBe('Hiring Team at Initech');
    const letter = Object.values(result.content).join('\n');
    expect(letter).toContain('Staff Compiler Engineer');
    expect(letter).toContain('Remington Rand');
    expect(letter).not.toMatch(/\[|\{\{|<\w/);
    expect(result.findings).toEqual([]);
    expect(result.model).toBe('claude-sonnet-5-5');
    expect(result.usage.inputTokens).toBeGreaterThan(100);
    expect(result.usage.outputTokens).toBeGreaterThan(200);
    expect(result.text).toContain('<why_company>');

    const steps = [...new Set(progress.map((p) => p.step))];
    expect(steps).toEqual(['Preparing', 'Waiting for Claude', 'Writing', 'Checking']);
    const values = progress.map((p) => p.progress);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const writing = progress.filter((p) => p.step === 'Writing').map((p) => p.progress);
    expect(writing[0]).toBeGreaterThanOrEqual(10);
    expect(writing.at(-1)).toBeGreaterThanOrEqual(80);
    expect(writing.at(-1)).toBeLessThanOrEqual(90);
  });

  it('sends the prompt with the model from the job and the user’s key', async () => {
    await run({ model: 'claude-haiku-5-5' }).promise;
    const [request] = messageRequests();
    expect(request!.headers['authorization']).toBe('Bearer sk-test');
    expect(request!.body).toMatchObject({ model: 'claude-haiku-5-5', max_tokens: 2048, stream: true });
  });

  it('turns a reply that ignored the tags into a letter', async () => {
    const result = await run({ marker: '[[mock:format=plain]]' }).promise;
    expect(result.content.addressee).toBe('Hiring Team at Initech');
    expect(result.content.opening).toMatch(/^I would like to be considered for the Staff Compiler Engineer position/);
    expect(result.content.whyCompany).toMatch(/Initech as Staff Compiler Engineer\.$/);
    expect(Object.values(result.content).join(' ')).not.toMatch(/Sincerely|Grace Hopper/);
  });
});

describe('generateLetter, failures explained', () => {
  it('asks for a key before sending anything', async () => {
    const error = await failure({ apiKey: '  ' });
    expect(error).toMatchObject({ kind: 'no-api-key', message: 'Add your Anthropic API key in Settings' });
    expect(mockLlm().requests()).toEqual([]);
  });

  it.each<[string, Partial<RunOptions>, string, RegExp]>([
    ['refused key', { apiKey: 'sk-bad-key' }, 'auth', /^The API key was refused \(401\)\. Check the Anthropic API key in Settings\.$/],
    ['forbidden key', { apiKey: 'sk-forbidden-key' }, 'permission', /\(403\).*Settings/],
    ['unknown model', { model: 'claude-missing-9' }, 'model-not-found', /"claude-missing-9" was not found \(404\)\. Pick another model in Settings/],
    ['request too large', { marker: '[[mock:status=413]]' }, 'too-large', /\(413\)\. Shorten the job description/],
  ])('%s → %s, not retried', async (_, options, kind, message) => {
    const error = await failure(options);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.retryable).toBe(false);
    expect(messageRequests()).toHaveLength(1);
  });

  it('retries a 429 after the retry-after delay, then succeeds', async () => {
    mockLlm().setScenario({ status: 429, retryAfterSeconds: 0.05 }, 1);
    const result = await run().promise;
    expect(result.content.opening).toContain('Initech');
    const [first, second] = messageRequests();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(45);
    expect(second!.body).toEqual(first!.body);
  });

  it.each<[Scenario, string, RegExp]>([
    [{ status: 429, retryAfterMs: 5 }, 'rate-limited', /rate limiting.*\(429\).*Wait a minute and Retry/],
    [{ status: 500, retryAfterMs: 5 }, 'server', /\(500\).*Try again later/],
    [{ status: 529, retryAfterMs: 5 }, 'overloaded', /overloaded.*\(529\)\. Try again in a few minutes/],
  ])('a persistent %j is retried twice, then explained', async (scenario, kind, message) => {
    mockLlm().setScenario(scenario);
    const error = await failure();
    expect(error).toMatchObject({ kind, retryable: true });
    expect(error.message).toMatch(message);
    expect(messageRequests()).toHaveLength(3);
  });

  it('says the server cannot be reached when nothing listens there', async () => {
    const gone = await startMockLlm();
    const { url } = gone;
    await gone.close();
    const error = await failure({ baseUrl: `${url}/`, tuning: { client: { maxRetries: 0 } } });
    expect(error.kind).toBe('connection');
    expect(error.message).toBe(`Cannot reach ${url}. Check your internet connection, that the server is running, and the API base URL in Settings.`);
  });

  it('gives up on a server that does not start answering within the request timeout', async () => {
    const error = await failure({ marker: '[[mock:stall=2000]]', tuning: { client: { timeout: 150, maxRetries: 0 } } });
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not start answering in time/);
  });

  it('reports a connection that breaks mid-letter', async () => {
    const error = await failure({ marker: '[[mock:break-after=5]]' });
    expect(error).toMatchObject({ kind: 'stream-broken', retryable: true });
    expect(error.message).toMatch(/broke while the letter was being written\. Retry/);
  });

  it('reports an overloaded error event mid-letter', async () => {
    const error = await failure({ marker: '[[mock:error-midstream=4]]' });
    expect(error.kind).toBe('overloaded');
    expect(error.message).toMatch(/stopped part-way\. Try again in a few minutes/);
    expect(messageRequests()).toHaveLength(1);
  });

  it('stops waiting when the model goes silent', async () => {
    // `hang` never sends another byte: only the idle timeout can end this test (no clock is asserted).
    const error = await failure({ marker: '[[mock:hang]]', tuning: { idleTimeoutMs: 300 } });
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/^The model stopped responding/);
  });

  it('keeps a slow stream alive as long as it keeps sending', async () => {
    // Chunks every 40 ms, far inside the 1 s idle timeout (no race on a busy machine), for a stream
    // several times longer than that timeout: only a timer reset by every chunk lets it finish.
    const progress: number[] = [];
    const result = await run({ marker: '[[mock:slow=40]] [[mock:tokens=200]]', tuning: { idleTimeoutMs: 1000 }, onProgress: (p) => p.step === 'Writing' && progress.push(p.progress) }).promise;
    expect(result.text).toContain('</why_company>');
    expect(progress.length).toBeGreaterThan(1000 / 40);
  });

  it('counts pings as signs of life, so long pauses between words do not time out', async () => {
    // Words 1.5 s apart with a 1 s idle timeout: only the pings (every 50 ms) keep the stream alive.
    const pinging = await startMockLlm({ pingIntervalMs: 50 });
    try {
      const result = await run({ baseUrl: pinging.url, marker: '[[mock:duration=3000]] [[mock:tokens=2]]', tuning: { idleTimeoutMs: 1000 } }).promise;
      expect(result.text).toContain('</why_company>');
    } finally {
      await pinging.close();
    }
  });

  it('cancels mid-letter: the stream stops there, and nothing is reported after the cancel', async () => {
    const controller = new AbortController();
    let afterCancel = 0;
    // A letter that would stream for minutes: only a cancel that really stops the stream ends this test.
    const { promise } = run({
      marker: '[[mock:slow=100]] [[mock:tokens=20000]]',
      signal: controller.signal,
      onProgress: (p) => {
        if (controller.signal.aborted) afterCancel++;
        else if (p.step === 'Writing') controller.abort();
      },
    });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'cancelled', retryable: false });
    expect(afterCancel).toBe(0);
  });

  it('cancels before sending when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await failure({ signal: controller.signal })).kind).toBe('cancelled');
    expect(mockLlm().requests()).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['[[mock:refuse]]', 'refusal', /declined to write this letter \("I'm sorry, but I can't help with that\."\)/],
    ['[[mock:empty]]', 'empty', /no text\. Retry/],
    ['[[mock:max-tokens]]', 'max-tokens', /cut off at the Max tokens limit \(2048\)\. Raise Max tokens in Settings/],
  ])('%s ends as %s', async (marker, kind, message) => {
    const error = await failure({ marker });
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});

describe('generateLetter, the automatic fix', () => {
  const kinds = (findings: { kind: string }[]) => findings.map((f) => f.kind);

  it('asks once for a fix when the letter has a placeholder and an invented number, and returns the fixed letter', async () => {
    const { promise, progress } = run({ marker: '[[mock:flaw=placeholder,number]]' });
    const result = await promise;
    const requests = messageRequests();
    expect(requests).toHaveLength(2);
    const fixRequest = JSON.stringify(requests[1]!.body);
    expect(fixRequest).toContain('[number] years');
    expect(fixRequest).toContain('47%');
    expect(fixRequest).toContain('Remove each of these, or replace it with a fact stated in <profile>');
    expect(kinds(result.autoFix!.draftFindings)).toEqual(expect.arrayContaining(['placeholder', 'unsupported-number']));
    expect(result.autoFix!.fixedCount).toBe(2);
    expect(kinds(result.findings)).not.toContain('placeholder');
    expect(kinds(result.findings)).not.toContain('unsupported-number');
    expect(result.text).not.toContain('[number]');
    expect(Object.values(result.autoFix!.draft).join(' ')).toContain('[number] years');
    // Both requests' tokens are on the result.
    expect(result.usage.outputTokens).toBe(result.autoFix!.usage.outputTokens + progress.find((p) => p.step === 'Checking')!.usage.outputTokens);
    expect([...new Set(progress.map((p) => p.step))]).toEqual(['Preparing', 'Waiting for Claude', 'Writing', 'Checking', 'Fixing']);
    const values = progress.map((p) => p.progress);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('leaves the letter and its findings alone when the setting is off', async () => {
    const result = await run({ marker: '[[mock:flaw=company]]', fix: false }).promise;
    expect(messageRequests()).toHaveLength(1);
    expect(result.autoFix).toBeNull();
    expect(kinds(result.findings)).toContain('wrong-company');
  });

  it('sends no second request for a letter without serious findings', async () => {
    const result = await run().promise;
    expect(messageRequests()).toHaveLength(1);
    expect(result.autoFix).toBeNull();
    expect(result.findings.filter((f) => f.kind !== 'cliche' && f.kind !== 'too-long')).toEqual([]);
  });

  it('keeps the first letter when the fix request fails', async () => {
    let calls = 0;
    const failSecond: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 2) return new Response(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'bad' } }), { status: 400, headers: { 'content-type': 'application/json' } });
      return fetch(input, init);
    };
    const result = await run({ marker: '[[mock:flaw=chatter]]', tuning: { client: { fetch: failSecond } } }).promise;
    expect(calls).toBe(2);
    expect(result.autoFix).toBeNull();
    expect(kinds(result.findings)).toContain('preamble');
    expect(result.text).toContain('Let me know if');
  });
});
