import * as v from 'valibot';
import { ApiAbortError, ApiError, ApiFormatError, checked, parseErrorBody } from './errors';
import { send, sendForJson, type ApiConfig, type CallOptions } from './request';
import { serverSentEvents } from './sse';

/*
 * The Messages API as the extension reads it. Loose objects (unknown fields are kept, so an event
 * is the object the SDK would yield) with only the fields the extension reads checked, and those
 * optional where local servers (Ollama, llama.cpp) or proxies leave them out.
 */

const UsageSchema = v.looseObject({
  input_tokens: v.optional(v.nullable(v.number())),
  output_tokens: v.optional(v.nullable(v.number())),
});

const ContentBlockSchema = v.looseObject({
  type: v.string(),
  text: v.optional(v.string()),
  /** tool_use blocks: the tool's name and the input the model gave it. */
  name: v.optional(v.string()),
  input: v.optional(v.unknown()),
});

export const MessageSchema = v.looseObject({
  id: v.optional(v.string()),
  model: v.optional(v.string()),
  content: v.array(ContentBlockSchema),
  stop_reason: v.optional(v.nullable(v.string())),
  usage: v.optional(UsageSchema),
});
export type Message = v.InferOutput<typeof MessageSchema>;

const DeltaSchema = v.pipe(
  v.looseObject({ type: v.string(), text: v.optional(v.string()), partial_json: v.optional(v.string()) }),
  v.check((delta) => delta.type !== 'text_delta' || typeof delta.text === 'string', 'a text_delta carries its text'),
);

export const StreamEventSchema = v.variant('type', [
  v.looseObject({ type: v.literal('message_start'), message: v.looseObject({ id: v.optional(v.string()), model: v.optional(v.string()), usage: v.optional(UsageSchema) }) }),
  v.looseObject({ type: v.literal('content_block_start'), index: v.number(), content_block: ContentBlockSchema }),
  v.looseObject({ type: v.literal('content_block_delta'), index: v.number(), delta: DeltaSchema }),
  v.looseObject({ type: v.literal('content_block_stop'), index: v.number() }),
  v.looseObject({
    type: v.literal('message_delta'),
    delta: v.looseObject({ stop_reason: v.optional(v.nullable(v.string())) }),
    usage: v.optional(UsageSchema),
  }),
  v.looseObject({ type: v.literal('message_stop') }),
]);
export type StreamEvent = v.InferOutput<typeof StreamEventSchema>;

const EVENT_TYPES: ReadonlySet<unknown> = new Set(StreamEventSchema.options.map((option) => option.entries.type.literal));

/** What the extension sends: a subset of the Messages API's request. */
export interface MessageParams {
  model: string;
  max_tokens: number;
  system?: string;
  messages: ReadonlyArray<{ role: 'user' | 'assistant'; content: string | readonly object[] }>;
  tools?: readonly object[];
  tool_choice?: object;
}

/** One message, answered whole (no streaming). */
export async function createMessage(config: ApiConfig, params: MessageParams, { signal }: CallOptions = {}): Promise<Message> {
  return sendForJson(config, { method: 'POST', path: '/v1/messages', body: params, signal }, MessageSchema, 'answer');
}

/**
 * Sends a streamed request; resolves once the response headers arrive (after any retries) with
 * its events, pings left out. An `error` event rejects the iteration with an ApiError without
 * status, as the SDK does; the caller's abort with ApiAbortError. Event types this extension does
 * not know (the API may add some) are skipped rather than failing a letter.
 */
export async function streamMessage(config: ApiConfig, params: MessageParams, { signal }: CallOptions = {}): Promise<AsyncGenerator<StreamEvent>> {
  const { response, release } = await send(config, { method: 'POST', path: '/v1/messages', body: { ...params, stream: true }, signal });
  return events(response, release, signal);
}

async function* events(response: Response, release: () => void, signal: AbortSignal | undefined): AsyncGenerator<StreamEvent> {
  try {
    if (!response.body) throw new ApiFormatError('The server answered a streamed request without a body.');
    for await (const sse of serverSentEvents(response.body)) {
      if (sse.event === 'ping' || sse.event === null) continue;
      if (sse.event === 'error') throw new ApiError(undefined, parseErrorBody(sse.data), response.headers, sse.data);
      if (!sse.data) continue;
      let json: unknown;
      try {
        json = JSON.parse(sse.data);
      } catch (error) {
        throw new ApiFormatError(`The server sent a "${sse.event}" event that is not JSON.`, { cause: error });
      }
      if (!EVENT_TYPES.has((json as { type?: unknown } | null)?.type)) continue;
      yield checked(StreamEventSchema, json, `"${sse.event}" event`);
    }
  } catch (error) {
    if (signal?.aborted && !(error instanceof ApiAbortError)) throw new ApiAbortError({ cause: error });
    throw error;
  } finally {
    release();
  }
}
