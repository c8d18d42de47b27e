import { describe, expect, it } from 'vitest';
import { serverSentEvents, type ServerSentEvent } from './sse';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function read(chunks: Uint8Array[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of serverSentEvents(streamOf(chunks))) events.push(event);
  return events;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The same bytes cut at `cuts` (byte offsets). */
function cut(all: Uint8Array, cuts: number[]): Uint8Array[] {
  const edges = [0, ...cuts, all.length];
  return edges.slice(1).map((end, i) => all.slice(edges[i], end));
}

// Every line ending, a comment, a multi-line data, an unnamed event, fields without a space or
// value, ignored fields, and characters of two, three and four UTF-8 bytes.
const WIRE =
  ': a comment first\r\n' +
  'event: message_start\r\n' +
  'data: {"type":"message_start","text":"Grüße – 👋"}\r\n' +
  '\r\n' +
  'event:content_block_delta\n' +
  'id: 7\n' +
  'retry: 1000\n' +
  'data: line one\n' +
  'data:line two\n' +
  'data\n' +
  '\n' +
  'event: ping\r' +
  'data: {}\r' +
  '\r' +
  'data: no event name\n' +
  '\n' +
  'event: message_stop\n' +
  'data: {"type":"message_stop"}\n' +
  '\n';

const EXPECTED: ServerSentEvent[] = [
  { event: 'message_start', data: '{"type":"message_start","text":"Grüße – 👋"}' },
  { event: 'content_block_delta', data: 'line one\nline two\n' },
  { event: 'ping', data: '{}' },
  { event: null, data: 'no event name' },
  { event: 'message_stop', data: '{"type":"message_stop"}' },
];

describe('serverSentEvents', () => {
  it('reads events, whatever the line endings', async () => {
    expect(await read([bytes(WIRE)])).toEqual(EXPECTED);
  });

  it('reads the same events however the bytes are cut: inside a CRLF, a UTF-8 character or a field name', async () => {
    const all = bytes(WIRE);
    for (let at = 1; at < all.length; at++) {
      expect(await read(cut(all, [at])), `cut at byte ${at}`).toEqual(EXPECTED);
    }
  });

  it('reads the same events one byte at a time', async () => {
    const all = bytes(WIRE);
    expect(await read(cut(all, Array.from({ length: all.length - 1 }, (_, i) => i + 1)))).toEqual(EXPECTED);
  });

  it('drops a byte-order mark at the start and an event the stream ended before finishing', async () => {
    const events = await read([new Uint8Array([0xef, 0xbb, 0xbf]), bytes('event: a\ndata: 1\n\nevent: b\ndata: cut off')]);
    expect(events).toEqual([{ event: 'a', data: '1' }]);
  });

  it('ends an event at a final lone CR when the stream ends there', async () => {
    expect(await read([bytes('data: last\r\r')])).toEqual([{ event: null, data: 'last' }]);
  });

  it('stops the download when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(bytes('data: more\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of serverSentEvents(body)) {
      expect(event.data).toBe('more');
      break;
    }
    expect(cancelled).toBe(true);
  });
});
