/** Helpers shared by the lib/jobs tests that drive runJob and the engine with a scripted model. */
import { vi } from 'vitest';
import type { GenerationResult } from '../llm/types';
import { DEFAULT_SETTINGS, type LetterContent } from '../schema';

/** The engine id the runner tests claim jobs as. */
export const OWNER = 'engine-a';
export const runnerSettings = { ...DEFAULT_SETTINGS, apiKey: 'sk-test' };

/** A letter that names its company and only the sample profile's real employer. */
export const letterContent = (company = 'Babbage & Co'): LetterContent => ({
  addressee: `Hiring Team at ${company}`,
  opening: `I would like to be considered for the Senior Engineer role at ${company}.`,
  aboutMe: 'At Analytical Engines Ltd I led the team that rebuilt the billing pipeline in TypeScript.',
  whyMe: 'Your posting asks for someone who has owned a ledger end to end; I have.',
  whyCompany: `${company} builds ledgers for small shops, and I would like to help.`,
});

/** What a model call returns for that letter. */
export function resultFor(extra: Partial<GenerationResult> = {}): GenerationResult {
  return { content: letterContent(), findings: [], model: 'claude-sonnet-5-5', usage: { inputTokens: 100, outputTokens: 300 }, text: 'the letter', autoFix: null, ...extra };
}

/** Lets IndexedDB (fake-indexeddb runs on the real setImmediate) and storage events finish. */
export async function settle(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Moves the fake clock forward in steps, letting every write the timers start commit before the next step. */
export async function advance(ms: number, step = 10): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    await vi.advanceTimersByTimeAsync(Math.min(step, ms - done));
    await settle();
  }
}

export const useFakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
