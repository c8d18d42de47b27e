import { createSubscriber } from 'svelte/reactivity';

/** How often relative times ("5m ago") refresh. A clock tick, not storage polling. */
export const CLOCK_TICK_MS = 30_000;

let current = Date.now();

const subscribe = createSubscriber((update) => {
  current = Date.now();
  update();
  const timer = setInterval(() => {
    current = Date.now();
    update();
  }, CLOCK_TICK_MS);
  return () => clearInterval(timer);
});

/**
 * One shared ticking clock: the interval runs only while something reactive reads `clock.now`,
 * and however many rows read it there is one timer.
 */
export const clock = {
  get now(): number {
    subscribe();
    return current;
  },
};
