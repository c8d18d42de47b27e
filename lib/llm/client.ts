import type { Settings } from '../schema';
import { listModels as listApiModels } from './api/models';
import type { ApiConfig } from './api/request';
import { toGenerationError } from './errors';
import { LONGEST_INLINE_WAIT_MS } from './long-waits';

/** How long to wait for response headers. Streams may then run as long as they keep sending. */
export const REQUEST_TIMEOUT_MS = 60_000;

export type ConnectionSettings = Pick<Settings, 'apiKey' | 'baseUrl'>;

/** Knobs tests and benchmarks turn: retries, the response-headers timeout (ms), fetch. */
export type ClientOptions = Pick<ApiConfig, 'maxRetries' | 'timeout' | 'fetch'>;

/** Everything a request needs to reach the user's server (lib/llm/api sends it). */
export type LetterClient = Readonly<ApiConfig>;

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

export function createClient(settings: ConnectionSettings, overrides: ClientOptions = {}): LetterClient {
  return {
    apiKey: settings.apiKey.trim(),
    baseUrl: normalizeBaseUrl(settings.baseUrl),
    maxRetries: overrides.maxRetries ?? 2,
    timeout: overrides.timeout ?? REQUEST_TIMEOUT_MS,
    longestRetryWaitMs: LONGEST_INLINE_WAIT_MS,
    fetch: overrides.fetch,
  };
}

export interface ModelInfo {
  id: string;
  displayName: string;
}

export async function listModels(settings: ConnectionSettings, overrides: ClientOptions = {}): Promise<ModelInfo[]> {
  const client = createClient(settings, { maxRetries: 0, timeout: 15_000, ...overrides });
  // Messages-API servers other than Anthropic's (Ollama, llama.cpp) may omit display names.
  return (await listApiModels(client)).map((model) => ({ id: model.id, displayName: model.display_name || model.id }));
}

export type ConnectionTestResult = { ok: true; models: ModelInfo[] } | { ok: false; message: string };

/** For the Settings screen: does this key and address work, and which models can be picked. */
export async function testConnection(settings: ConnectionSettings, overrides: ClientOptions = {}): Promise<ConnectionTestResult> {
  if (!settings.apiKey.trim()) return { ok: false, message: 'Add your Anthropic API key in Settings' };
  try {
    return { ok: true, models: await listModels(settings, overrides) };
  } catch (error) {
    return { ok: false, message: toGenerationError(error, { baseUrl: normalizeBaseUrl(settings.baseUrl) }).message };
  }
}
