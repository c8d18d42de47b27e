import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StreamWatch } from './generate';

describe('StreamWatch: the idle countdown of a streamed reply', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('stays open while something arrives more often than the idle limit, however long the stream', () => {
    const watch = new StreamWatch(new AbortController().signal, 1_000);
    watch.touch();
    for (let i = 0; i < 50; i++) {
      vi.advanceTimersByTime(600);
      watch.touch();
    }
    expect(watch.stoppedBecause).toBeNull();
    expect(watch.controller.signal.aborted).toBe(false);
    watch.dispose();
  });

  it('stops as idle the idle limit after the last sign of life, not after the first', () => {
    const watch = new StreamWatch(new AbortController().signal, 1_000);
    watch.touch();
    vi.advanceTimersByTime(900);
    watch.touch();
    vi.advanceTimersByTime(999);
    expect(watch.stoppedBecause).toBeNull();
    vi.advanceTimersByTime(1);
    expect(watch.stoppedBecause).toBe('idle');
    expect(watch.controller.signal.reason).toBe('idle');
    watch.dispose();
  });

  it('sets one timer however many chunks arrive (hundreds a second across running letters)', () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const watch = new StreamWatch(new AbortController().signal, 1_000);
    for (let i = 0; i < 500; i++) watch.touch();
    expect(setTimer).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    watch.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a cancel by the caller as cancelled, even while the countdown runs', () => {
    const caller = new AbortController();
    const watch = new StreamWatch(caller.signal, 1_000);
    watch.touch();
    caller.abort();
    expect(watch.stoppedBecause).toBe('cancelled');
    vi.advanceTimersByTime(5_000);
    expect(watch.stoppedBecause).toBe('cancelled');
    watch.dispose();
  });
});
