/**
 * Job engine benchmarks on the production build in Chromium, against the loopback model server.
 * Prints numbers; asserts nothing.
 */
import type { Page } from 'playwright-core';
import { createGenerationJob } from '../lib/jobs/new-job';
import { createClient } from '../lib/llm/client';
import { buildPrompt } from '../lib/llm/prompt';
import { startMockLlm, type MockLlm } from '../e2e/mock-llm/server';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { readStore, setSettings } from '../e2e/support/extension-storage';
import { jobWith, sampleProfile } from '../e2e/support/fixtures';
import { median, ms, percentile, type BenchRow } from './table';

/** Queues through the e2e build's seam (the store build has no such entry point). */
async function queue(ext: ExtensionSession, company: string, markers = ''): Promise<{ jobId: string; queuedAt: number }> {
  const queuedAt = Date.now();
  const jobId = await ext.queueJob({ profile: sampleProfile(), job: jobWith(company, markers) });
  return { jobId, queuedAt };
}

async function waitAllFinished(page: Page, ids: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = (await readStore(page, 'jobs')).filter((j) => ids.includes(j.id));
    if (jobs.length === ids.length && jobs.every((j) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(j.status))) return jobs;
    if (Date.now() > deadline) throw new Error('Jobs did not finish in time');
    await page.waitForTimeout(100);
  }
}

function firstRequestFor(mock: MockLlm, company: string) {
  return mock.requests().find((r) => r.path === '/v1/messages' && JSON.stringify(r.body).includes(company));
}

/** Counts database change announcements for jobs while `run` executes, from the panel page. */
async function countJobWrites(page: Page, run: () => Promise<string>): Promise<number> {
  await page.evaluate(() => {
    (globalThis as any).__writes = new Map<string, number>();
    if ((globalThis as any).__countingWrites) return;
    (globalThis as any).__countingWrites = true;
    chrome.storage.onChanged.addListener((changes, area) => {
      const signal = changes["db-change"]?.newValue as { changes: Array<{ store: string; ids: string[] }> } | undefined;
      if (area !== 'session' || !signal) return;
      for (const change of signal.changes) {
        if (change.store !== 'jobs') continue;
        for (const id of change.ids) (globalThis as any).__writes.set(id, ((globalThis as any).__writes.get(id) ?? 0) + 1);
      }
    });
  });
  const jobId = await run();
  return page.evaluate((id) => (globalThis as any).__writes.get(id) ?? 0, jobId);
}

/** The same stream through the SDK alone, in Node, with the same prompt the extension sends. */
async function bareStream(mock: MockLlm, marker: string): Promise<number> {
  const client = createClient({ apiKey: 'sk-bench', baseUrl: mock.url });
  const prompt = buildPrompt(createGenerationJob({ profile: sampleProfile(), job: jobWith('Bare Co', marker) }));
  const started = performance.now();
  const stream = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 2048, stream: true, system: prompt.system, messages: prompt.messages });
  for await (const _event of stream) {
    // drain
  }
  return performance.now() - started;
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
      await waitAllFinished(page, [jobId], 30_000);
      const request = firstRequestFor(mock, company);
      if (request) delays.push(request.at - queuedAt);
    }
    delays.shift(); // the first one includes the worker's cold start
    rows.push({ name: 'queue → first request at server (median)', value: ms(median(delays)) });
    rows.push({ name: 'queue → first request at server (p95)', value: ms(percentile(delays, 95)) });

    // 2. Extension overhead against a bare SDK call of the same stream.
    const marker = '[[mock:tokens=400]]';
    const bare: number[] = [];
    for (let i = 0; i < 3; i++) bare.push(await bareStream(mock, marker));
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { jobId, queuedAt } = await queue(ext, `Overhead Co ${i}`, marker);
      const [job] = await waitAllFinished(page, [jobId], 60_000);
      wall.push(job.completedAt - queuedAt);
    }
    rows.push({ name: 'bare SDK stream, 400 tokens (median)', value: ms(median(bare)) });
    rows.push({ name: 'extension job, same stream (median)', value: ms(median(wall)) });
    rows.push({ name: 'overhead ratio (job / bare)', value: (median(wall) / median(bare)).toFixed(3) });

    // 3. IndexedDB writes per job.
    for (const tokens of [200, 2000]) {
      const writes = await countJobWrites(page, async () => {
        const { jobId } = await queue(ext, `Writes Co ${tokens}`, `[[mock:tokens=${tokens}]]`);
        await waitAllFinished(page, [jobId], 120_000);
        return jobId;
      });
      rows.push({ name: `IndexedDB writes per job, ${tokens}-token letter`, value: String(writes) });
    }

    // 4. 50 jobs at concurrency 3 against a 1 s letter.
    await setSettings(page, { apiKey: 'sk-bench', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 3, notifications: false });
    const started = Date.now();
    const queued = await Promise.all(Array.from({ length: 50 }, (_, i) => queue(ext, `Batch Co ${i}`, '[[mock:duration=1000]]')));
    const jobs = await waitAllFinished(page, queued.map((q) => q.jobId), 300_000);
    const elapsed = Math.max(...jobs.map((j) => j.completedAt)) - started;
    const ideal = Math.ceil(50 / 3) * 1000;
    rows.push({ name: '50 jobs, concurrency 3, 1 s letters: wall time', value: ms(elapsed), note: `${jobs.filter((j) => j.status === 'COMPLETED').length}/50 completed` });
    rows.push({ name: '  ratio to ideal ceil(50/3) s', value: (elapsed / ideal).toFixed(3) });
    const oneLetter = median([await bareStream(mock, '[[mock:duration=1000]]'), await bareStream(mock, '[[mock:duration=1000]]')]);
    rows.push({ name: '  the "1 s" letter as a bare SDK stream', value: ms(oneLetter), note: 'the mock adds connection and pacing time' });
    rows.push({ name: '  ratio to ceil(50/3) × bare stream', value: (elapsed / (Math.ceil(50 / 3) * oneLetter)).toFixed(3) });
    const runTimes = jobs.map((j) => j.completedAt - j.startedAt);
    rows.push({ name: '  one job, start to completion (median / p95)', value: `${ms(median(runTimes))} / ${ms(percentile(runTimes, 95))}` });
  } finally {
    await ext.close();
    await mock.close();
  }
  return rows;
}
