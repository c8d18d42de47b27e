/**
 * Whitespace rules shared by every extraction path, so that a title read from JSON-LD and the same
 * title read from the DOM compare equal.
 */

// \s already covers NBSP and the other Unicode spaces; zero-width characters are not whitespace
// to the regex engine but are invisible noise pasted into many postings.
const INLINE_WHITESPACE = /[\s\u200b\u200c\u200d\ufeff]+/g;

/** One line of text: NFC, every whitespace run becomes one space, trimmed. */
export function collapseInline(text: string): string {
  return text.normalize('NFC').replace(INLINE_WHITESPACE, ' ').trim();
}

/** Multi-line text: each line collapsed, at most one blank line between paragraphs. */
export function normalizeBlockText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+|[\u200b\u200c\u200d\ufeff]+/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** Lower-cased, accent-insensitive key used to compare names (company vs. title, board names). */
export function comparisonKey(text: string): string {
  return collapseInline(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
