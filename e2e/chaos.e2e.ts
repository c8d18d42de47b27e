import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from './mock-llm/chaos';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings } from './support/extension-storage';
import { jobWith, sampleProfile } from './support/fixtures';
import { waitFor } from './support/panel';

/**
 * 50 letters while the model server misbehaves at random (a fixed seed): 429s, 500s, 529s,
 * dropped connections, overloaded errors mid-stream, 8 s first bytes; the service worker is
 * killed three times and the panel closed and reopened midway. Every job must end COMPLETED with
 * exactly one letter, and no finished stream may be paid for twice.
 */
const SEED = 20261201;
const JOBS = 50;
const CONCURRENCY = 3;

let mock: MockLlm;
let ext: ExtensionSession;

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

async function killWorker(): Promise<void> {
  // The worker may be between lives (stopped, not yet woken): try until there is one to stop.
  await waitFor(async () => {
    try {
      await ext.stopServiceWorker();
      return true;
    } catch {
      return false;
    }
  }, 'a running service worker to stop', 60_000, 200);
}

describe('chaos', () => {
  it('brings every one of 50 letters home through random faults, three worker kills and a panel reopen', async () => {
    let panel: Page = await ext.openPanel();
    await setSettings(panel, { apiKey: 'sk-chaos', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: CONCURRENCY, notifications: false });
    mock.setChaos({ seed: SEED, rate: 0.25 });

    const random = seededRandom(SEED);
    const killAt = [0, 0, 0].map(() => 5 + Math.floor(random() * 40)).sort((a, b) => a - b);
    const reopenAt = 25;

    const started = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++) ids.push(await ext.queueJob({ profile: sampleProfile(), job: jobWith(`Chaos Co ${String(i).padStart(2, '0')}`) }));

    const completed = async () => (await readStore(panel, 'jobs')).filter((j) => ids.includes(j.id) && ['COMPLETED', 'FAILED', 'CANCELLED'].includes(j.status)).length;
    let kills = 0;
    let reopened = false;
    await waitFor(async () => {
      const done = await completed();
      while (kills < killAt.length && done >= killAt[kills]!) {
        await killWorker();
        kills++;
      }
      if (!reopened && done >= reopenAt) {
        reopened = true;
        await panel.close();
        panel = await ext.openPanel();
      }
      return done === JOBS;
    }, () => `all ${JOBS} jobs to finish`, 540_000, 500);
    const wallMs = Date.now() - started;
    mock.setChaos(null);

    const jobs = (await readStore(panel, 'jobs')).filter((j) => ids.includes(j.id));
    const letters = await readStore(panel, 'letters');
    const accounting = mock.accounting();
    const attempts = jobs.reduce((sum, j) => sum + j.attempts, 0);
    const letterTokens = letters.filter((l) => ids.includes(l.jobId)).reduce((sum, l) => sum + l.usage.outputTokens, 0);
    console.log(
      `chaos (seed ${SEED}): ${JOBS} jobs in ${(wallMs / 1000).toFixed(1)} s; attempts per job ${(attempts / JOBS).toFixed(2)}; ` +
        `faults ${JSON.stringify(accounting.faults)}; worker kills ${kills}; output tokens paid ${accounting.outputTokensSent}, ` +
        `in letters ${letterTokens}, in finished streams ${accounting.completedTokens}`,
    );

    expect(kills).toBe(3);
    expect(jobs.map((j) => j.status).filter((s) => s !== 'COMPLETED')).toEqual([]);
    for (const job of jobs) expect(letters.filter((l) => l.jobId === job.id), job.company).toHaveLength(1);
    // No finished stream was thrown away (a job run twice would finish two): each became the letter.
    expect(accounting.completedStreams).toBe(JOBS);
    expect(Math.abs(accounting.completedTokens - letterTokens)).toBeLessThanOrEqual(letterTokens * 0.1);
    expect(Object.values(accounting.faults).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(5);
  }, 600_000);
});
