import { describe, expect, it } from 'vitest';
import { ApiAbortError, ApiConnectionError, ApiError, ApiFormatError, ApiTimeoutError } from './api/errors';
import { retryAfterMs, toGenerationError } from './errors';

describe('errors a user can act on', () => {
  it('names OLLAMA_ORIGINS when a local server refuses the extension with a bare 403', () => {
    const bare = new ApiError(403, undefined, new Headers());
    const error = toGenerationError(bare, { baseUrl: 'http://localhost:11434' });
    expect(error.kind).toBe('permission');
    expect(error.message).toMatch(/http:\/\/localhost:11434 refused the extension \(403\).*OLLAMA_ORIGINS=chrome-extension:\/\/\*/);
  });

  it('keeps the API-key advice for a 403 that explains itself, or one from a remote server', () => {
    const body = { type: 'error', error: { type: 'permission_error', message: 'Your key cannot use this model' } };
    const explained = new ApiError(403, body, new Headers());
    expect(toGenerationError(explained, { baseUrl: 'http://127.0.0.1:8787' }).message).not.toMatch(/OLLAMA_ORIGINS/);
    const remote = new ApiError(403, undefined, new Headers());
    expect(toGenerationError(remote, { baseUrl: 'https://api.anthropic.com' }).message).toMatch(/API key is not allowed/);
  });

  it('carries the server’s retry-after on a rate limit', () => {
    const limited = new ApiError(429, undefined, new Headers({ 'retry-after': '120' }));
    expect(toGenerationError(limited).retryAfterMs).toBe(120_000);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a cancel', new ApiAbortError(), 'cancelled', /^Cancelled\.$/],
    ['no headers in time', new ApiTimeoutError(), 'timeout', /^http:\/\/localhost:11434 did not start answering in time\./],
    ['no connection', new ApiConnectionError(), 'connection', /^Cannot reach http:\/\/localhost:11434\./],
    ['an api_error event mid-stream', new ApiError(undefined, { type: 'error', error: { type: 'api_error', message: 'Internal error' } }, undefined), 'stream-broken', /^The API stopped the letter part-way \(Internal error\)\. Retry\.$/],
    ['a 400 with its reason', new ApiError(400, { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: too large' } }, new Headers()), 'unknown', /^The API refused the request \(400: max_tokens: too large\)\. Check the model and Max tokens/],
    ['an answer in another format', new ApiFormatError('The server\'s answer is not in the Messages API format (content: Invalid key).'), 'unknown', /^http:\/\/localhost:11434 answered in a way this extension cannot read\. .*Check the API base URL in Settings/],
  ])('explains %s', (_, thrown, kind, message) => {
    const error = toGenerationError(thrown, { baseUrl: 'http://localhost:11434' });
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it.each([
    [{ 'retry-after-ms': '1500' }, 1500],
    [{ 'retry-after': '2.5' }, 2500],
    [{ 'retry-after': 'Tue, 01 Dec 2026 14:05:00 GMT' }, 5 * 60_000],
    [{ 'retry-after': 'soon' }, null],
    [{}, null],
  ])('reads retry-after %j as %s ms', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), Date.parse('Tue, 01 Dec 2026 14:00:00 GMT'))).toBe(expected);
  });
});
