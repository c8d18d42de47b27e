import type { ServerResponse } from 'node:http';

/** The Anthropic error type for each status the mock can be asked to return. */
const ERROR_TYPES: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  402: { type: 'billing_error', message: 'Your credit balance is too low to access the Anthropic API.' },
  403: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
  404: { type: 'not_found_error', message: 'Not found.' },
  408: { type: 'timeout_error', message: 'Request timed out.' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  429: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit.' },
  500: { type: 'api_error', message: 'Internal server error.' },
  502: { type: 'api_error', message: 'Bad gateway.' },
  503: { type: 'api_error', message: 'Service unavailable.' },
  504: { type: 'timeout_error', message: 'Gateway timeout.' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

export function errorTypeFor(status: number): { type: string; message: string } {
  return ERROR_TYPES[status] ?? { type: status >= 500 ? 'api_error' : 'invalid_request_error', message: `Error ${status}.` };
}

export function errorBody(type: string, message: string, requestId: string): string {
  return JSON.stringify({ type: 'error', error: { type, message }, request_id: requestId });
}

export function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

export function sendError(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, errorBody(type, message, String(res.getHeader('request-id') ?? '')), headers);
}

/** One server-sent event; the data's `type` always repeats the event name, as the API does. */
export function sseEvent(name: string, data: Record<string, unknown>): string {
  return `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
}
