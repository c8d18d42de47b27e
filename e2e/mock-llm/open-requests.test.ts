import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPrompt } from '../../lib/llm/prompt';
import { sampleJob } from '../../lib/llm/testing';
import { startMockLlm, type MockLlm } from './server';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.01 });
});
afterAll(() => mock.close());

const body = (marker: string) => {
  const prompt = buildPrompt(sampleJob());
  return JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 1024, stream: true, system: prompt.system, messages: [{ role: 'user', content: prompt.messages[0]!.content + marker }] });
};

describe('the mock counts responses still open, so a spec can see that the extension stopped a stream', () => {
  it('counts a hanging stream until the client aborts it, and a finished one not at all', async () => {
    expect(mock.openRequests()).toBe(0);
    const controller = new AbortController();
    const response = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'sk-test' }, body: body('[[mock:hang]]'), signal: controller.signal });
    expect(response.status).toBe(200);
    expect(mock.openRequests()).toBe(1);
    controller.abort();
    await vi.waitFor(() => expect(mock.openRequests()).toBe(0));

    const done = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'sk-test' }, body: body('') });
    await done.text();
    await vi.waitFor(() => expect(mock.openRequests()).toBe(0));
  });
});
