import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time';

const now = Date.UTC(2026, 10, 20, 12, 0, 0);

describe('formatRelativeTime', () => {
  it('says "just now" under a minute, and for times slightly in the future', () => {
    expect(formatRelativeTime(now, now)).toBe('just now');
    expect(formatRelativeTime(now - 59_000, now)).toBe('just now');
    expect(formatRelativeTime(now + 5_000, now)).toBe('just now');
  });
  it('counts minutes, hours and days', () => {
    expect(formatRelativeTime(now - 60_000, now)).toBe('1m ago');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5m ago');
    expect(formatRelativeTime(now - 59 * 60_000 - 59_000, now)).toBe('59m ago');
    expect(formatRelativeTime(now - 2 * 3_600_000, now)).toBe('2h ago');
    expect(formatRelativeTime(now - 23 * 3_600_000, now)).toBe('23h ago');
    expect(formatRelativeTime(now - 3 * 86_400_000, now)).toBe('3d ago');
  });
  it('shows the date after a month', () => {
    expect(formatRelativeTime(Date.UTC(2026, 0, 2, 12), now)).toMatch(/Jan 2, 2026/);
  });
});
