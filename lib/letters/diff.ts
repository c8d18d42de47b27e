/** One run of a word-level diff: text both versions share, or text only one of them has. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Past this many cells the table costs more than the diff is worth: the middle is shown as replaced. */
const MAX_CELLS = 4_000_000;

/**
 * Each word with the space before it, so a change reads "a small" rather than "a", " ", "small",
 * and words added at the end of a paragraph leave its last word alone.
 */
function tokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

function push(out: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * The words that changed from `before` to `after` (longest common subsequence over words and the
 * spaces between them). Joining the `same` and `removed` runs gives `before`; `same` and `added`
 * give `after`.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  // Edits are usually local: the shared start and end need no table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    // lcs[i][j]: common length of midA[i..] and midB[j..]
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(out, 'same', midA[i]!);
        i++;
        j++;
      } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
        push(out, 'removed', midA[i++]!);
      } else {
        push(out, 'added', midB[j++]!);
      }
    }
    while (i < n) push(out, 'removed', midA[i++]!);
    while (j < m) push(out, 'added', midB[j++]!);
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

/** Words added and removed, for a summary such as "+12 −3 words". */
export function diffStats(segments: DiffSegment[]): { added: number; removed: number } {
  const words = (text: string) => text.match(/\S+/g)?.length ?? 0;
  return segments.reduce(
    (acc, s) => (s.kind === 'added' ? { ...acc, added: acc.added + words(s.text) } : s.kind === 'removed' ? { ...acc, removed: acc.removed + words(s.text) } : acc),
    { added: 0, removed: 0 },
  );
}
