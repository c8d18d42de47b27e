const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "just now", "5m ago", "2h ago", "3d ago"; older than 30 days: the date.
 * Times slightly in the future (clock skew between contexts) read as "just now".
 */
export function formatRelativeTime(at: number, now: number): string {
  const diff = now - at;
  if (diff < MINUTE) return 'just now';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)}m ago`;
  if (diff < DAY) return `${Math.floor(diff / HOUR)}h ago`;
  if (diff < 30 * DAY) return `${Math.floor(diff / DAY)}d ago`;
  return new Date(at).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The full time for a tooltip / `datetime` attribute. */
export function formatAbsoluteTime(at: number): string {
  return new Date(at).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}
