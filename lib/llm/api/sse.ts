/**
 * Server-sent events from a response body, as the HTML standard's event-stream parser reads them:
 * lines end in CRLF, LF or CR (a chunk may end between the CR and the LF, or inside a UTF-8
 * sequence), `:` starts a comment, `data` lines join with "\n", a blank line dispatches, and an
 * event left without its blank line at the end of the stream is dropped.
 */
export interface ServerSentEvent {
  /** The `event:` name; null when the server named none. */
  event: string | null;
  data: string;
}

const LINE_END = /\r\n|\r|\n/g;

/** Collects fields line by line and hands back an event at each blank line. */
class EventBuilder {
  private event: string | null = null;
  private data: string[] = [];

  line(line: string): ServerSentEvent | null {
    if (line === '') {
      if (!this.event && this.data.length === 0) return null;
      const sse = { event: this.event, data: this.data.join('\n') };
      this.event = null;
      this.data = [];
      return sse;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    // `id` and `retry` mean nothing to a single request; unknown fields are ignored, as the standard says.
    return null;
  }
}

/**
 * Splits `text` into complete lines. The rest (a partial line, or a CR that may be the first half
 * of a CRLF still on its way) is returned to wait for the next chunk, unless this is the end.
 */
function splitLines(text: string, atEnd: boolean): { lines: string[]; rest: string } {
  const lines: string[] = [];
  let start = 0;
  LINE_END.lastIndex = 0;
  for (let match = LINE_END.exec(text); match; match = LINE_END.exec(text)) {
    if (!atEnd && match[0] === '\r' && match.index === text.length - 1) break;
    lines.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  return { lines, rest: text.slice(start) };
}

export async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  // The default decoder drops a byte-order mark at the start, as the standard asks.
  const decoder = new TextDecoder();
  const builder = new EventBuilder();
  const reader = body.getReader();
  let pending = '';
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const text = pending + (done ? decoder.decode() : decoder.decode(value, { stream: true }));
      const { lines, rest } = splitLines(text, done);
      pending = rest;
      for (const line of lines) {
        const sse = builder.line(line);
        if (sse) yield sse;
      }
      if (done) break;
    }
    finished = true;
  } finally {
    // The consumer stopped early (break, throw): stop the download too.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
