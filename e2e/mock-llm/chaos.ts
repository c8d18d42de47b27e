import type { Scenario } from './scenario';

/** Faults the chaos mode can inject into a `POST /v1/messages`, each as real servers produce it. */
export const CHAOS_FAULTS = ['429', '500', '529', 'drop', 'overloaded-midstream', 'slow-first-byte'] as const;
export type ChaosFault = (typeof CHAOS_FAULTS)[number];

export interface ChaosOptions {
  /** Same seed, same sequence of faults. */
  seed: number;
  /** Share of requests that get a fault (0–1). */
  rate: number;
  /** Which faults to draw from (default: all). */
  faults?: readonly ChaosFault[];
  /** Delay of `slow-first-byte`, ms (default 8000). */
  slowFirstByteMs?: number;
}

/** A small, well-mixed PRNG (mulberry32): the fault sequence depends only on the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function scenarioForFault(fault: ChaosFault, random: () => number, slowFirstByteMs = 8000): Scenario {
  const partWay = 5 + Math.floor(random() * 25);
  switch (fault) {
    case '429': return { status: 429, retryAfterSeconds: 1 };
    case '500': return { status: 500 };
    case '529': return { status: 529 };
    case 'drop': return { breakAfter: partWay };
    case 'overloaded-midstream': return { errorMidstream: partWay };
    case 'slow-first-byte': return { stallMs: slowFirstByteMs };
  }
}

/** Draws the next request's fault (or none), deterministically from the seed. */
export function chaosPicker(options: ChaosOptions): () => { fault: ChaosFault; scenario: Scenario } | null {
  const random = seededRandom(options.seed);
  const faults = options.faults?.length ? options.faults : CHAOS_FAULTS;
  return () => {
    if (random() >= options.rate) return null;
    const fault = faults[Math.floor(random() * faults.length)]!;
    return { fault, scenario: scenarioForFault(fault, random, options.slowFirstByteMs) };
  };
}
