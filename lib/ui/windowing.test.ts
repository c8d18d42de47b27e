import { describe, expect, it } from 'vitest';
import { renderedRows, rowAt, rowForKey, rowOffsets, rowPosition, visibleRows } from './windowing';

/** 1,000 rows of 100 px: row i spans [100 i, 100 i + 100). */
const uniform = rowOffsets(1000, () => 100, 100);

describe('rowOffsets', () => {
  it('adds measured heights and the estimate for rows not measured yet', () => {
    const measured = new Map([
      [0, 50],
      [2, 200],
    ]);
    expect([...rowOffsets(4, (i) => measured.get(i), 80)]).toEqual([0, 50, 130, 330, 410]);
  });

  it('is one zero for an empty list', () => {
    expect([...rowOffsets(0, () => 10, 10)]).toEqual([0]);
  });
});

describe('rowAt', () => {
  it('finds the row a pixel falls in', () => {
    expect(rowAt(uniform, -50)).toBe(0);
    expect(rowAt(uniform, 0)).toBe(0);
    expect(rowAt(uniform, 99.5)).toBe(0);
    expect(rowAt(uniform, 100)).toBe(1);
    expect(rowAt(uniform, 99_999)).toBe(999);
    expect(rowAt(uniform, 100_000)).toBe(1000);
  });
});

describe('visibleRows', () => {
  it('renders the rows in view plus the margin, not the whole list', () => {
    // Scrolled so rows 50..58 fill a 900 px viewport; 200 px margin adds two rows each side.
    expect(visibleRows(uniform, { top: 5000, height: 900 }, 200)).toEqual({ start: 48, end: 61 });
  });

  it('includes a row cut by the bottom edge', () => {
    expect(visibleRows(uniform, { top: 5000, height: 950 }, 0)).toEqual({ start: 50, end: 60 });
  });

  it('renders the first screenful while the list is still below the viewport', () => {
    expect(visibleRows(uniform, { top: -2000, height: 900 }, 300)).toEqual({ start: 0, end: 12 });
  });

  it('reaches the oldest row at the bottom, and stays there when scrolled past the end', () => {
    expect(visibleRows(uniform, { top: 99_100, height: 900 }, 300)).toEqual({ start: 988, end: 1000 });
    expect(visibleRows(uniform, { top: 250_000, height: 900 }, 300)).toEqual({ start: 988, end: 1000 });
  });

  it('follows measured heights: tall rows mean fewer rows for the same viewport', () => {
    const tall = rowOffsets(1000, (i) => (i < 500 ? 300 : 100), 100);
    expect(visibleRows(tall, { top: 0, height: 900 }, 0)).toEqual({ start: 0, end: 3 });
    // Row 500 starts at 150,000 px.
    expect(visibleRows(tall, { top: 150_000, height: 900 }, 0)).toEqual({ start: 500, end: 509 });
  });

  it('renders a short list whole and an empty one not at all', () => {
    const short = rowOffsets(3, () => 100, 100);
    expect(visibleRows(short, { top: -500, height: 900 }, 300)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(rowOffsets(0, () => 100, 100), { top: 0, height: 900 }, 300)).toEqual({ start: 0, end: 0 });
  });
});

describe('renderedRows', () => {
  it('is the window in order, plus a focused row outside it at its place in the order', () => {
    expect(renderedRows({ start: 10, end: 13 }, null)).toEqual([10, 11, 12]);
    expect(renderedRows({ start: 10, end: 13 }, 11)).toEqual([10, 11, 12]);
    expect(renderedRows({ start: 10, end: 13 }, 2)).toEqual([2, 10, 11, 12]);
    expect(renderedRows({ start: 10, end: 13 }, 999)).toEqual([10, 11, 12, 999]);
  });
});

describe('rowPosition', () => {
  it('numbers a row within the whole list, from 1', () => {
    expect(rowPosition(0, 1000)).toEqual({ posinset: 1, setsize: 1000 });
    expect(rowPosition(999, 1000)).toEqual({ posinset: 1000, setsize: 1000 });
  });
});

describe('rowForKey', () => {
  it('moves one row or to either end, and stops at the ends', () => {
    expect(rowForKey('ArrowDown', 5, 1000)).toBe(6);
    expect(rowForKey('ArrowUp', 5, 1000)).toBe(4);
    expect(rowForKey('ArrowUp', 0, 1000)).toBe(0);
    expect(rowForKey('ArrowDown', 999, 1000)).toBe(999);
    expect(rowForKey('PageDown', 5, 1000)).toBeNull();
    expect(rowForKey('Home', 500, 1000)).toBe(0);
    expect(rowForKey('End', 0, 1000)).toBe(999);
    expect(rowForKey('Enter', 0, 1000)).toBeNull();
    expect(rowForKey('ArrowDown', 0, 0)).toBeNull();
  });
});
