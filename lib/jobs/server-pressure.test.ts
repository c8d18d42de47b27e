import { describe, expect, it } from 'vitest';
import { ServerPressure } from './server-pressure';

describe('one shared backoff per server', () => {
  it('slows the whole queue when jobs hit 429/529, and recovers step by step on success', () => {
    const p = new ServerPressure();
    expect(p.concurrency(4)).toBe(4);
    p.strained(1000);
    expect(p.concurrency(4)).toBe(2);
    expect(p.pauseUntil(1000)).toBe(3000);
    p.strained(1500);
    expect(p.concurrency(4)).toBe(1);
    expect(p.pauseUntil(1500)).toBe(6500);
    expect(p.pauseUntil(7000)).toBe(0);
    p.relieved();
    expect(p.concurrency(4)).toBe(2);
    p.relieved();
    expect(p.concurrency(4)).toBe(4);
    expect(p.pauseUntil(1500)).toBe(0);
  });

  it('never goes below one job, and honours a longer retry-after', () => {
    const p = new ServerPressure();
    for (let i = 0; i < 10; i++) p.strained(0);
    expect(p.concurrency(6)).toBe(1);
    const q = new ServerPressure();
    q.strained(0, 20_000);
    expect(q.pauseUntil(0)).toBe(20_000);
  });

  it('keeps the pause while the server is still strained, and lifts it once back to normal', () => {
    const p = new ServerPressure();
    p.strained(1000);
    p.strained(1000);
    expect(p.pauseUntil(1000)).toBe(6000);
    p.relieved();
    expect(p.pauseUntil(1000)).toBe(6000);
    p.relieved();
    expect(p.pauseUntil(1000)).toBe(0);
  });

  it('lets claims go ahead from the moment the pause ends', () => {
    const p = new ServerPressure();
    p.strained(1000);
    expect(p.pauseUntil(2999)).toBe(3000);
    expect(p.pauseUntil(3000)).toBe(0);
  });
});
