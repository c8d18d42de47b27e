import { createSubscriber } from 'svelte/reactivity';

/** How often relative times ("5m ago") refresh. A clock tick, not storage polling. */
export const CLOCK_TICK_MS = 30_000;

let current = Date.now();
let ticking = false;

const subscribe = createSubscriber((update) => {
  ticking = true;
  current = Date.now();
  const timer = setInterval(() => {
    current = Date.now();
    update();
  }, CLOCK_TICK_MS);
  return () => {
    ticking = false;
    clearInterval(timer);
  };
});

/**
 * One shared ticking clock: the interval runs only while something reactive reads `clock.now`,
 * and however many rows read it there is one timer.
 */
export const clock = {
  get now(): number {
    subscribe();
    // Before the first tick is set up (or outside any effect), the time now.
    return ticking ? current : Date.now();
  },
};
