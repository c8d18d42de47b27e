/**
 * One shared backoff for the model server. When jobs hit 429 or 529 the whole queue slows down
 * (fewer jobs at once, a pause before the next claim) instead of every job hammering the server
 * on its own; each success brings it one step back towards the configured concurrency.
 */
export const PRESSURE_PAUSE_MS = [2_000, 5_000, 15_000, 30_000] as const;

export class ServerPressure {
  private level = 0;
  private pausedUntil = 0;

  /** A job was told the server is overloaded or rate limiting. */
  strained(now: number, retryAfterMs: number | null = null): void {
    this.level = Math.min(this.level + 1, PRESSURE_PAUSE_MS.length);
    const pause = Math.max(PRESSURE_PAUSE_MS[this.level - 1]!, retryAfterMs ?? 0);
    this.pausedUntil = Math.max(this.pausedUntil, now + pause);
  }

  /** A job finished well: one step back to normal. */
  relieved(): void {
    this.level = Math.max(0, this.level - 1);
    if (this.level === 0) this.pausedUntil = 0;
  }

  /** How many jobs may run at once now: halved per level of strain, at least one. */
  concurrency(configured: number): number {
    return Math.max(1, Math.floor(configured / 2 ** this.level));
  }

  /** Until when no new job starts (0 when claims may go ahead). */
  pauseUntil(now: number): number {
    return this.pausedUntil > now ? this.pausedUntil : 0;
  }

  get strainLevel(): number {
    return this.level;
  }
}
