/**
 * Job engine benchmarks on the production build in Chromium, against the loopback model server.
 * Prints numbers; a job that fails or a sample that is missing fails the run.
 */
import type { Page } from 'playwright-core';
import { startMockLlm, type MockLlm } from '../e2e/mock-llm/server';
import { launchExtension } from '../e2e/support/extension';
import { setSettings } from '../e2e/support/extension-storage';
import { allowNamedFunctions, bareStream, queue, waitAllCompleted } from './job-runs';
import { BenchFailure, median, ms, percentile, requireSamples, type BenchRow } from './table';

function firstRequestFor(mock: MockLlm, company: string) {
  return mock.requests().find((r) => r.path === '/v1/messages' && JSON.stringify(r.body).includes(company));
}

/** Counts database change announcements naming each job while `run` executes, from the panel page. */
async function countJobWrites(page: Page, run: () => Promise<string>): Promise<number> {
  await allowNamedFunctions(page);
  await page.evaluate(() => {
    (globalThis as any).__writes = new Map<string, number>();
    if ((globalThis as any).__countingWrites) return;
    (globalThis as any).__countingWrites = true;
    chrome.storage.onChanged.addListener((changes, area) => {
      const signal = changes["db-change"]?.newValue as { changes: Array<{ store: string; ids: string[] }> } | undefined;
      if (area !== 'session' || !signal) return;
      // One announcement per committed write, whichever stores it names (a job may span several).
      const ids = new Set(signal.changes.flatMap((change) => change.ids));
      for (const id of ids) (globalThis as any).__writes.set(id, ((globalThis as any).__writes.get(id) ?? 0) + 1);
    });
  });
  const jobId = await run();
  return page.evaluate((id) => (globalThis as any).__writes.get(id) ?? 0, jobId);
}

export async function runJobBenches(): Promise<BenchRow[]> {
  const mock = await startMockLlm();
  const ext = await launchExtension();
  const rows: BenchRow[] = [];
  try {
    const page = await ext.openPanel();
    await setSettings(page, { apiKey: 'sk-bench', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 2, notifications: false });

    // 1. Queue to first request at the server.
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const company = `Latency Co ${i}`;
      const { jobId, queuedAt } = await queue(ext, company, '[[mock:tokens=50]]');
      await waitAllCompleted(page, [jobId], 30_000);
      const request = firstRequestFor(mock, company);
      if (!request) throw new BenchFailure(`${company}: the server never received its request`);
      delays.push(request.at - queuedAt);
    }
    delays.shift(); // the first one includes the worker's cold start
    requireSamples('queue → first request', delays, 11);
    rows.push({ name: 'queue → first request at server (median)', value: ms(median(delays)) });
    rows.push({ name: 'queue → first request at server (p95)', value: ms(percentile(delays, 95)) });

    // 2. Extension overhead against a bare client call (lib/llm/api, in Node) of the same stream.
    const marker = '[[mock:tokens=400]]';
    const bare: number[] = [];
    for (let i = 0; i < 3; i++) bare.push(await bareStream(mock, marker));
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { jobId, queuedAt } = await queue(ext, `Overhead Co ${i}`, marker);
      const [job] = await waitAllCompleted(page, [jobId], 60_000);
      wall.push(job!.completedAt! - queuedAt);
    }
    rows.push({ name: 'bare client stream, 400 tokens (median)', value: ms(median(bare)) });
    rows.push({ name: 'extension job, same stream (median)', value: ms(median(wall)) });
    rows.push({ name: 'overhead ratio (job / bare)', value: (median(wall) / median(bare)).toFixed(3) });

    // 3. IndexedDB writes per job.
    for (const tokens of [200, 2000]) {
      const writes = await countJobWrites(page, async () => {
        const { jobId } = await queue(ext, `Writes Co ${tokens}`, `[[mock:tokens=${tokens}]]`);
        await waitAllCompleted(page, [jobId], 120_000);
        return jobId;
      });
      // Zero means the count missed them (the change signal changed shape), not that nothing was written.
      if (writes === 0) throw new BenchFailure(`counted no database change announcements for the ${tokens}-token job`);
      rows.push({ name: `IndexedDB writes per job, ${tokens}-token letter`, value: String(writes), note: 'committed writes announcing the job (db-change signals)' });
    }

    // 50 jobs at concurrency 3: a goal of issue 10, measured in streaming.bench.ts.
  } finally {
    await ext.close();
    await mock.close();
  }
  return rows;
}
