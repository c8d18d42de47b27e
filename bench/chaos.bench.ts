/**
 * The chaos run of e2e/chaos.e2e.ts as figures: 50 letters through random faults (fixed seed),
 * three worker kills and a panel reopen, in the production build in Chromium.
 */
import { startMockLlm } from '../e2e/mock-llm/server';
import { runChaos } from '../e2e/support/chaos-run';
import { launchExtension } from '../e2e/support/extension';
import { ms, type BenchRow } from './table';

export async function runChaosBench(): Promise<BenchRow[]> {
  const mock = await startMockLlm({ timeScale: 0.2 });
  const ext = await launchExtension();
  try {
    const run = await runChaos(ext, mock, { seed: 20261201, jobs: 50, concurrency: 3, faultRate: 0.25, workerKills: 3 });
    const completed = run.jobs.filter((j) => j.status === 'COMPLETED').length;
    // A benchmark that lost a job reports the failure, not a number.
    if (completed !== 50 || run.letters.length !== 50) throw new Error(`chaos run lost jobs: ${completed}/50 completed, ${run.letters.length} letters`);
    const doubled = run.accounting.completedStreams - 50 - run.caughtByKills;
    if (doubled > 0) throw new Error(`chaos run paid for ${doubled} finished streams no letter came from (a job ran twice)`);
    const attempts = run.jobs.reduce((sum, j) => sum + j.attempts, 0);
    const extra = run.accounting.outputTokensSent - run.letterTokens;
    return [
      { name: '50 jobs, concurrency 3, 25% faults, 3 worker kills: wall time', value: ms(run.wallMs) },
      { name: '  ÷ ideal (ceil(50/3) × one fault-free letter)', value: (run.wallMs / run.idealMs).toFixed(2) },
      { name: '  attempts per job', value: (attempts / 50).toFixed(2) },
      { name: '  faults injected', value: String(Object.values(run.accounting.faults).reduce((a, b) => a + (b ?? 0), 0)), note: JSON.stringify(run.accounting.faults) },
      { name: '  finished streams (of which ended just before a kill)', value: `${run.accounting.completedStreams} (${run.caughtByKills})` },
      { name: '  output tokens paid / in letters', value: `${run.accounting.outputTokensSent} / ${run.letterTokens}` },
      { name: '  extra tokens (partial streams)', value: `${extra} (${((extra / run.letterTokens) * 100).toFixed(1)} %)` },
    ];
  } finally {
    await ext.close();
    await mock.close();
  }
}
