import { createSubscriber } from 'svelte/reactivity';

/** How often relative times ("5m ago") refresh. A clock tick, not storage polling. */
export const CLOCK_TICK_MS = 30_000;

/**
 * A shared ticking clock: the interval runs only while something reactive reads `now`, and
 * however many rows read it there is one timer.
 */
function tickingClock(tickMs: number): { readonly now: number } {
  let current = Date.now();
  let ticking = false;
  const subscribe = createSubscriber((update) => {
    ticking = true;
    current = Date.now();
    const timer = setInterval(() => {
      current = Date.now();
      update();
    }, tickMs);
    return () => {
      ticking = false;
      clearInterval(timer);
    };
  });
  return {
    get now(): number {
      subscribe();
      // Before the first tick is set up (or outside any effect), the time now.
      return ticking ? current : Date.now();
    },
  };
}

export const clock = tickingClock(CLOCK_TICK_MS);

/** For countdowns ("Retrying in 8 s"): ticks every second, only while a countdown is shown. */
export const secondClock = tickingClock(1000);
