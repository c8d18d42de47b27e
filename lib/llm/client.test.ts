import { describe, expect, it } from 'vitest';
import { startMockLlm } from '../../e2e/mock-llm/server';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { createClient, testConnection } from './client';

const mockLlm = useMockLlm({ timeScale: 0.01 });

describe('createClient', () => {
  it('talks to the configured server, with a trailing slash or not, as a browser client', async () => {
    mockLlm().clearRequests();
    const client = createClient({ apiKey: ' sk-key ', baseUrl: `${mockLlm().url}///` });
    const count = await client.messages.countTokens({ model: 'claude-haiku-5-5', messages: [{ role: 'user', content: 'x'.repeat(40) }] });
    expect(count.input_tokens).toBe(10);
    const [request] = mockLlm().requests();
    expect(request).toMatchObject({ path: '/v1/messages/count_tokens', headers: { authorization: 'Bearer sk-key', 'anthropic-dangerous-direct-browser-access': 'true' } });
  });
});

describe('testConnection', () => {
  it('lists the models a working key can use', async () => {
    const result = await testConnection({ apiKey: 'sk-any', baseUrl: mockLlm().url });
    expect(result).toEqual({
      ok: true,
      models: [
        { id: 'claude-sonnet-5-5', displayName: 'Claude Sonnet 5.5' },
        { id: 'claude-haiku-5-5', displayName: 'Claude Haiku 5.5' },
        { id: 'claude-opus-5-5', displayName: 'Claude Opus 5.5' },
      ],
    });
  });

  it('explains a missing key, a refused key and an unreachable server', async () => {
    expect(await testConnection({ apiKey: '', baseUrl: mockLlm().url })).toEqual({ ok: false, message: 'Add your Anthropic API key in Settings' });
    expect(await testConnection({ apiKey: 'sk-bad', baseUrl: mockLlm().url })).toEqual({
      ok: false,
      message: 'The API key was refused (401). Check the Anthropic API key in Settings.',
    });
    const gone = await startMockLlm();
    await gone.close();
    const result = await testConnection({ apiKey: 'sk-any', baseUrl: gone.url });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(`^Cannot reach ${gone.url}\\.`) });
  });
});
