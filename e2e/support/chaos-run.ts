import type { Page } from 'playwright-core';
import { seededRandom } from '../mock-llm/chaos';
import type { MockAccounting, MockLlm } from '../mock-llm/server';
import type { ExtensionSession } from './extension';
import { readStore, setSettings } from './extension-storage';
import { jobWith, sampleProfile } from './fixtures';
import { waitFor } from './panel';

export interface ChaosRunOptions {
  seed: number;
  jobs: number;
  concurrency: number;
  /** Share of model requests that get a random fault. */
  faultRate: number;
  workerKills: number;
}

export interface ChaosRunResult {
  wallMs: number;
  kills: number;
  jobs: any[];
  letters: any[];
  accounting: MockAccounting;
  /** Output tokens of the letters themselves. */
  letterTokens: number;
  /**
   * Streams that ended less than KILL_CATCH_MS before a worker kill: the worker may have died
   * holding one before it was saved, and then the job rightly asks again. Any other extra finished
   * stream is a job run twice.
   */
  caughtByKills: number;
  /** Every job through the panel's eyes, a fault-free letter of the same kind as the yardstick. */
  idealMs: number;
}

/** How long after a stream's last byte a killed worker may still not have saved it (a loaded CI machine included). */
export const KILL_CATCH_MS = 1500;

async function killWorker(ext: ExtensionSession): Promise<number> {
  let at = 0;
  // The worker may be between lives (stopped, not yet woken): try until there is one to stop.
  await waitFor(async () => {
    try {
      at = Date.now();
      await ext.stopServiceWorker();
      return true;
    } catch {
      return false;
    }
  }, 'a running service worker to stop', 60_000, 200);
  return at;
}

/**
 * Queues `jobs` letters while the loopback model misbehaves at random (seeded), kills the service
 * worker at seeded moments and closes and reopens the panel halfway; resolves when every job has
 * finished. Used by the chaos e2e (which asserts) and `npm run bench` (which prints).
 */
export async function runChaos(ext: ExtensionSession, mock: MockLlm, options: ChaosRunOptions): Promise<ChaosRunResult> {
  let panel: Page = await ext.openPanel();
  await setSettings(panel, { apiKey: 'sk-chaos', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: options.concurrency, notifications: false });

  // The yardstick: one fault-free letter, start to finish, through the same extension.
  const probeStart = Date.now();
  const probe = await ext.queueJob({ profile: sampleProfile(), job: jobWith('Chaos Probe') });
  await waitFor(async () => (await readStore(panel, 'jobs')).some((j) => j.id === probe && j.status === 'COMPLETED'), 'the probe letter', 60_000, 50);
  const oneLetterMs = Date.now() - probeStart;

  const before = mock.accounting();
  mock.setChaos({ seed: options.seed, rate: options.faultRate });
  const random = seededRandom(options.seed);
  const killAt = Array.from({ length: options.workerKills }, () => Math.max(1, Math.floor(random() * options.jobs * 0.9))).sort((a, b) => a - b);
  const reopenAt = Math.floor(options.jobs / 2);

  const started = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < options.jobs; i++) ids.push(await ext.queueJob({ profile: sampleProfile(), job: jobWith(`Chaos Co ${String(i).padStart(2, '0')}`) }));

  const finished = async () =>
    (await readStore(panel, 'jobs')).filter((j) => ids.includes(j.id) && ['COMPLETED', 'FAILED', 'CANCELLED'].includes(j.status)).length;
  let kills = 0;
  const killTimes: number[] = [];
  let reopened = false;
  await waitFor(async () => {
    const done = await finished();
    while (kills < killAt.length && done >= killAt[kills]!) {
      killTimes.push(await killWorker(ext));
      kills++;
    }
    if (!reopened && done >= reopenAt) {
      reopened = true;
      await panel.close();
      panel = await ext.openPanel();
    }
    return done === options.jobs;
  }, () => `all ${options.jobs} jobs to finish`, 540_000, 250);
  const wallMs = Date.now() - started;
  mock.setChaos(null);

  const jobs = (await readStore(panel, 'jobs')).filter((j) => ids.includes(j.id));
  const letters = (await readStore(panel, 'letters')).filter((l) => ids.includes(l.jobId));
  const letterTokens = letters.reduce((sum, l) => sum + l.usage.outputTokens, 0);
  // Only what the chaos run itself cost (the probe letter came before).
  const after = mock.accounting();
  const accounting: MockAccounting = {
    outputTokensSent: after.outputTokensSent - before.outputTokensSent,
    completedStreams: after.completedStreams - before.completedStreams,
    completedTokens: after.completedTokens - before.completedTokens,
    completedAt: after.completedAt.slice(before.completedAt.length),
    streamStartedAt: after.streamStartedAt.slice(before.streamStartedAt.length),
    faults: after.faults,
  };
  const caughtByKills = accounting.completedAt.filter((end) => killTimes.some((kill) => kill >= end && kill - end < KILL_CATCH_MS)).length;
  await panel.close();
  return { wallMs, kills, jobs, letters, accounting, letterTokens, caughtByKills, idealMs: Math.ceil(options.jobs / options.concurrency) * oneLetterMs };
}
