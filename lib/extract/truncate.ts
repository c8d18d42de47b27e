/** Longest description handed to the letter writer; matches the job form's own limit. */
export const MAX_DESCRIPTION_CHARS = 20_000;

// A boundary this far back is still "near the end"; further back we would throw away too much.
const MIN_KEPT_SHARE = 0.6;

export interface TruncatedText {
  readonly text: string;
  readonly truncated: boolean;
}

/** Cuts long text at the last paragraph break, else sentence end, else word break before the limit. */
export function truncateAtBoundary(text: string, maxChars: number = MAX_DESCRIPTION_CHARS): TruncatedText {
  if (text.length <= maxChars) return { text, truncated: false };
  const window = text.slice(0, maxChars);
  const earliest = Math.floor(maxChars * MIN_KEPT_SHARE);

  const paragraphEnd = window.lastIndexOf('\n\n');
  if (paragraphEnd >= earliest) return { text: window.slice(0, paragraphEnd).trimEnd(), truncated: true };

  let sentenceEnd = -1;
  for (const match of window.matchAll(/[.!?…。](?=\s)/g)) sentenceEnd = match.index + 1;
  if (sentenceEnd >= earliest) return { text: window.slice(0, sentenceEnd), truncated: true };

  const lineEnd = window.lastIndexOf('\n');
  if (lineEnd >= earliest) return { text: window.slice(0, lineEnd).trimEnd(), truncated: true };

  const wordEnd = window.search(/\s\S*$/);
  return { text: (wordEnd >= earliest ? window.slice(0, wordEnd) : window).trimEnd(), truncated: true };
}
