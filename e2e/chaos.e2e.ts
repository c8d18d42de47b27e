import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { runChaos } from './support/chaos-run';
import { launchExtension, type ExtensionSession } from './support/extension';

/**
 * 50 letters while the model server misbehaves at random (a fixed seed): 429s, 500s, 529s,
 * dropped connections, overloaded errors mid-stream, 8 s first bytes; the service worker is
 * killed three times and the panel closed and reopened midway. Every job must end COMPLETED with
 * exactly one letter, and no finished stream may be paid for twice.
 */
const SEED = 20261201;
const JOBS = 50;

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

describe('chaos', () => {
  it('brings every one of 50 letters home through random faults, three worker kills and a panel reopen', async () => {
    const run = await runChaos(ext, mock, { seed: SEED, jobs: JOBS, concurrency: 3, faultRate: 0.25, workerKills: 3 });
    const { jobs, letters, accounting, letterTokens } = run;
    console.log(
      `chaos (seed ${SEED}): ${JOBS} jobs in ${(run.wallMs / 1000).toFixed(1)} s (${(run.wallMs / run.idealMs).toFixed(2)}× ideal); ` +
        `attempts per job ${(jobs.reduce((s, j) => s + j.attempts, 0) / JOBS).toFixed(2)}; faults ${JSON.stringify(accounting.faults)}; ` +
        `output tokens paid ${accounting.outputTokensSent}, in letters ${letterTokens}, in finished streams ${accounting.completedTokens}; finished streams ${accounting.completedStreams} (${run.caughtByKills} ended just before a kill)`,
    );

    expect(run.kills).toBe(3);
    expect(jobs).toHaveLength(JOBS);
    expect(jobs.map((j) => j.status).filter((s) => s !== 'COMPLETED')).toEqual([]);
    for (const job of jobs) expect(letters.filter((l) => l.jobId === job.id), job.company).toHaveLength(1);
    // No finished stream was thrown away (a job run twice would finish two): each became its letter,
    // except one a worker kill caught in the moment between its last byte and its save.
    const extra = accounting.completedStreams - JOBS;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra, `${extra} extra finished streams, ${run.caughtByKills} of them ended just before a kill`).toBeLessThanOrEqual(run.caughtByKills);
    expect(Math.abs(accounting.completedTokens - letterTokens)).toBeLessThanOrEqual(letterTokens * 0.1 + extra * (letterTokens / JOBS));
    // What was paid beyond the letters is only what broken streams had already sent.
    expect(accounting.outputTokensSent - accounting.completedTokens).toBeGreaterThanOrEqual(0);
    expect(Object.values(accounting.faults).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(5);
  }, 600_000);
});
