import { BaseAnthropic, type ClientOptions } from '@anthropic-ai/sdk/client';
import { Messages } from '@anthropic-ai/sdk/resources/messages';
import { Models } from '@anthropic-ai/sdk/resources/models';
import type { Settings } from '../schema';
import { toGenerationError } from './errors';
import { withoutLongWaits } from './long-waits';

/**
 * Only the resources the extension calls: the full `Anthropic` class pulls in every API
 * (files, skills, beta…) and triples the bundle.
 */
export class LetterClient extends BaseAnthropic {
  messages: Messages = new Messages(this);
  models: Models = new Models(this);
}

/** How long to wait for response headers. Streams may then run as long as they keep sending. */
export const REQUEST_TIMEOUT_MS = 60_000;

export type ConnectionSettings = Pick<Settings, 'apiKey' | 'baseUrl'>;

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

export function createClient(settings: ConnectionSettings, overrides: Partial<ClientOptions> = {}): LetterClient {
  return new LetterClient({
    apiKey: settings.apiKey.trim(),
    baseURL: normalizeBaseUrl(settings.baseUrl),
    // The key is the user's own, typed into the extension: there is no server to hide it behind.
    dangerouslyAllowBrowser: true,
    maxRetries: 2,
    timeout: REQUEST_TIMEOUT_MS,
    ...overrides,
    fetch: withoutLongWaits(overrides.fetch ?? globalThis.fetch.bind(globalThis)),
  });
}

export interface ModelInfo {
  id: string;
  displayName: string;
}

export async function listModels(settings: ConnectionSettings, overrides: Partial<ClientOptions> = {}): Promise<ModelInfo[]> {
  const client = createClient(settings, { maxRetries: 0, timeout: 15_000, ...overrides });
  const models: ModelInfo[] = [];
  for await (const model of client.models.list({ limit: 100 })) {
    // Messages-API servers other than Anthropic's (Ollama, llama.cpp) may omit display names.
    models.push({ id: model.id, displayName: model.display_name || model.id });
  }
  return models;
}

export type ConnectionTestResult = { ok: true; models: ModelInfo[] } | { ok: false; message: string };

/** For the Settings screen: does this key and address work, and which models can be picked. */
export async function testConnection(settings: ConnectionSettings, overrides: Partial<ClientOptions> = {}): Promise<ConnectionTestResult> {
  if (!settings.apiKey.trim()) return { ok: false, message: 'Add your Anthropic API key in Settings' };
  try {
    return { ok: true, models: await listModels(settings, overrides) };
  } catch (error) {
    return { ok: false, message: toGenerationError(error, { baseUrl: normalizeBaseUrl(settings.baseUrl) }).message };
  }
}
