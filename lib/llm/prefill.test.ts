import { describe, expect, it } from 'vitest';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { generateLetter } from './generate';
import { sampleJob } from './testing';

const mockLlm = useMockLlm({ timeScale: 0.01 });

const settings = () => ({ apiKey: 'sk-test', baseUrl: mockLlm().url, model: 'claude-sonnet-5-5', maxTokens: 2048 });
const messageBodies = () => mockLlm().requests().filter((r) => r.path === '/v1/messages').map((r) => r.body as { messages: { role: string; content: string }[] });

/** The first part of the letter the mock writes for this job, as a broken stream would have left it. */
async function partWay(job: ReturnType<typeof sampleJob>): Promise<string> {
  const whole = await generateLetter({ job, settings: { ...settings(), fixProblemsAutomatically: false }, signal: new AbortController().signal, onProgress: () => {} });
  mockLlm().clearRequests();
  return whole.text.slice(0, Math.floor(whole.text.length / 2)) + ' ';
}

describe('continuing a part-way letter (assistant prefill)', () => {
  it('sends the part already written as the assistant turn and reads one whole letter', async () => {
    const job = sampleJob();
    const prefill = await partWay(job);
    const result = await generateLetter({ job, settings: { ...settings(), fixProblemsAutomatically: false }, signal: new AbortController().signal, onProgress: () => {}, prefill });
    expect(result.continuation).toBe('continued');
    const [body] = messageBodies();
    expect(body!.messages.at(-1)).toEqual({ role: 'assistant', content: prefill.trimEnd() });
    expect(result.text.startsWith(prefill.trimEnd())).toBe(true);
    expect(result.content.opening.length).toBeGreaterThan(0);
    expect(result.content.whyCompany.length).toBeGreaterThan(0);
    // Only the new part was paid for.
    expect(result.usage.outputTokens).toBeLessThan(result.text.split(/\s+/).length * 0.75);
  });

  it('starts over when the server refuses a prefill', async () => {
    const job = sampleJob();
    job.job = { ...job.job, description: `${job.job.description} [[mock:no-prefill]]` };
    const prefill = await partWay(job);
    const result = await generateLetter({ job, settings: { ...settings(), fixProblemsAutomatically: false }, signal: new AbortController().signal, onProgress: () => {}, prefill });
    expect(result.continuation).toBe('started over');
    const bodies = messageBodies();
    expect(bodies).toHaveLength(2);
    expect(bodies[1]!.messages.at(-1)?.role).toBe('user');
    expect(result.content.opening.length).toBeGreaterThan(0);
  });

  it('does not bother continuing a few words', async () => {
    const result = await generateLetter({ job: sampleJob(), settings: { ...settings(), fixProblemsAutomatically: false }, signal: new AbortController().signal, onProgress: () => {}, prefill: '<opening>Dear ' });
    expect(result.continuation).toBeNull();
    expect(messageBodies()[0]!.messages.at(-1)?.role).toBe('user');
  });
});
