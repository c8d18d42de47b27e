/**
 * The arithmetic of a windowed list: rows of variable height, only those near the viewport in the
 * DOM. Pure functions, so the part that decides what is rendered is tested without a browser.
 *
 * Coordinates are pixels from the top of the list's first row.
 */

/**
 * The top of every row and, last, the total height: `offsets[i]` is where row `i` starts,
 * `offsets[count]` where the list ends. A row not measured yet counts as `estimate`.
 */
export function rowOffsets(count: number, heightOf: (index: number) => number | undefined, estimate: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (heightOf(i) ?? estimate);
  return offsets;
}

/** The first row whose bottom is below `y` (binary search), `count` when none. */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The part of the list the user can see, in list coordinates. */
export interface Viewport {
  /** The visible area's top minus the list's top (negative while the list starts below it). */
  top: number;
  /** The visible area's height. */
  height: number;
}

/** Rows to render: `start` included, `end` excluded. */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * The rows that cover the viewport plus `overscan` pixels above and below. A list entirely below
 * the viewport renders its first screenful and one entirely above renders its last, so there is
 * always something to scroll to, to Tab into, and for assistive technology to read.
 */
export function visibleRows(offsets: Float64Array, viewport: Viewport, overscan: number): RowRange {
  const count = offsets.length - 1;
  if (count === 0) return { start: 0, end: 0 };
  const total = offsets[count]!;
  const height = Math.max(0, viewport.height);
  // Clamped into the list: below it shows the start, above it the end.
  const top = Math.min(Math.max(viewport.top, 0), Math.max(0, total - height));
  const from = top - overscan;
  const to = top + height + overscan;
  const start = rowAt(offsets, from);
  let end = rowAt(offsets, to);
  // The row the bottom edge falls in is included (rowAt gives the first row ending below `to`).
  if (end < count && offsets[end]! < to) end++;
  return { start: Math.min(start, count - 1), end: Math.max(end, Math.min(start + 1, count)) };
}

/**
 * The rows in the DOM, in list order: the window, plus the row that holds focus when it is outside
 * (kept so focus is never dropped to the page when its row scrolls far away).
 */
export function renderedRows(range: RowRange, pinned: number | null): number[] {
  const rows: number[] = [];
  if (pinned !== null && pinned < range.start) rows.push(pinned);
  for (let i = range.start; i < range.end; i++) rows.push(i);
  if (pinned !== null && pinned >= range.end) rows.push(pinned);
  return rows;
}

/** `aria-posinset` / `aria-setsize` of a row: its place in the whole list, not in the window. */
export function rowPosition(index: number, count: number): { posinset: number; setsize: number } {
  return { posinset: index + 1, setsize: count };
}

/**
 * The row a navigation key moves focus to from `index`, or null for other keys. Page Up / Page
 * Down are left to the browser: they scroll, and the window follows.
 */
export function rowForKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, last);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
