import { describe, expect, it } from 'vitest';
import { startMockLlm } from '../../e2e/mock-llm/server';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { ANTHROPIC_VERSION } from './api/request';
import { testConnection } from './client';

const mockLlm = useMockLlm({ timeScale: 0.01 });

describe('testConnection', () => {
  it('talks to the configured server, with a trailing slash or not, as a browser client with the trimmed key', async () => {
    const result = await testConnection({ apiKey: ' sk-key ', baseUrl: `${mockLlm().url}///` });
    expect(result.ok).toBe(true);
    const [request] = mockLlm().requests();
    expect(request).toMatchObject({
      method: 'GET',
      path: '/v1/models?limit=100',
      headers: { authorization: 'Bearer sk-key', 'anthropic-version': ANTHROPIC_VERSION, 'anthropic-dangerous-direct-browser-access': 'true' },
    });
  });

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

  it('shows a model’s id where the server (Ollama, llama.cpp) gives no display name, and reads every page', async () => {
    const pages: Record<string, unknown> = {
      '': { data: [{ id: 'llama3.2:latest', object: 'model' }, { id: 'qwen3:8b', display_name: '' }], has_more: true, last_id: 'qwen3:8b' },
      'qwen3:8b': { data: [{ id: 'gemma3:4b' }] },
    };
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      const url = new URL(String(input));
      seen.push(url.search);
      return Response.json(pages[url.searchParams.get('after_id') ?? '']);
    };
    const result = await testConnection({ apiKey: 'ollama', baseUrl: 'http://localhost:11434' }, { fetch });
    expect(result).toEqual({
      ok: true,
      models: [
        { id: 'llama3.2:latest', displayName: 'llama3.2:latest' },
        { id: 'qwen3:8b', displayName: 'qwen3:8b' },
        { id: 'gemma3:4b', displayName: 'gemma3:4b' },
      ],
    });
    expect(seen).toEqual(['?limit=100', '?limit=100&after_id=qwen3%3A8b']);
  });

  it('explains a missing key, a refused key and an unreachable server, without retrying', async () => {
    expect(await testConnection({ apiKey: '', baseUrl: mockLlm().url })).toEqual({ ok: false, message: 'Add your Anthropic API key in Settings' });
    expect(await testConnection({ apiKey: 'sk-bad', baseUrl: mockLlm().url })).toEqual({
      ok: false,
      message: 'The API key was refused (401). Check the Anthropic API key in Settings.',
    });
    mockLlm().setScenario({ status: 529 });
    expect(await testConnection({ apiKey: 'sk-any', baseUrl: mockLlm().url })).toMatchObject({ ok: false, message: expect.stringMatching(/overloaded.*\(529\)/) });
    expect(mockLlm().requests().filter((r) => r.path.startsWith('/v1/models'))).toHaveLength(2);
    const gone = await startMockLlm();
    await gone.close();
    const result = await testConnection({ apiKey: 'sk-any', baseUrl: gone.url });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(`^Cannot reach ${gone.url}\\.`) });
  });

  it('says so when the server answers the model list with something else', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('<html>Welcome to nginx</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const result = await testConnection({ apiKey: 'sk-any', baseUrl: 'https://proxy.example' }, { fetch });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^https:\/\/proxy\.example answered in a way this extension cannot read\..*Check the API base URL in Settings/) });
  });
});
