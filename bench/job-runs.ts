/** Queuing jobs in the e2e build and waiting for them, shared by the job engine and streaming benchmarks. */
import type { Page } from 'playwright-core';
import { createGenerationJob } from '../lib/jobs/new-job';
import { streamMessage } from '../lib/llm/api/messages';
import { createClient } from '../lib/llm/client';
import { buildPrompt } from '../lib/llm/prompt';
import type { MockLlm } from '../e2e/mock-llm/server';
import type { ExtensionSession } from '../e2e/support/extension';
import { readStore } from '../e2e/support/extension-storage';
import { jobWith, sampleProfile } from '../e2e/support/fixtures';
import type { JobSummary } from '../lib/schema';
import { BenchFailure } from './table';

/** Queues through the e2e build's seam (the store build has no such entry point). */
export async function queue(ext: ExtensionSession, company: string, markers = ''): Promise<{ jobId: string; queuedAt: number }> {
  const queuedAt = Date.now();
  const jobId = await ext.queueJob({ profile: sampleProfile(), job: jobWith(company, markers) });
  return { jobId, queuedAt };
}

/**
 * Waits until every job finished and returns them; a job that FAILED or was CANCELLED, or one
 * that never finished, is a benchmark failure: its numbers would not mean what they say.
 */
export async function waitAllCompleted(page: Page, ids: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // These jobs' summaries only: whole records (snapshots, streamed text), or every summary four
    // times a second, would load the database being measured more with every batch it holds. Times
    // come from the records, so the poll's pace does not change the figures.
    const jobs = await readStore<JobSummary>(page, 'jobSummaries', ids);
    if (jobs.length === ids.length && jobs.every((j) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(j.status))) {
      const bad = jobs.filter((j) => j.status !== 'COMPLETED');
      if (bad.length > 0) throw new BenchFailure(`${bad.length} of ${ids.length} jobs did not complete: ${bad.slice(0, 3).map((j) => `${j.company} ${j.status} ${j.error ?? ''}`).join('; ')}`);
      return jobs;
    }
    if (Date.now() > deadline) {
      const states = jobs.map((j) => j.status).join(', ');
      throw new BenchFailure(`${ids.length} jobs did not finish in ${timeoutMs} ms (found ${jobs.length}: ${states})`);
    }
    await page.waitForTimeout(250);
  }
}

/** The same stream through the Messages client alone (lib/llm/api), in Node, with the same prompt the extension sends. */
export async function bareStream(mock: MockLlm, marker: string): Promise<number> {
  const client = createClient({ apiKey: 'sk-bench', baseUrl: mock.url });
  const prompt = buildPrompt(createGenerationJob({ profile: sampleProfile(), job: jobWith('Bare Co', marker) }));
  const started = performance.now();
  const stream = await streamMessage(client, { model: 'claude-sonnet-5-5', max_tokens: 2048, system: prompt.system, messages: prompt.messages });
  for await (const _event of stream) {
    // drain
  }
  return performance.now() - started;
}

/**
 * tsx compiles with keepNames, so functions declared inside a page.evaluate callback call an
 * `__name` helper that exists only in Node. Defining it in the page (or worker) first lets them run.
 */
export async function allowNamedFunctions(target: { evaluate(script: string): Promise<unknown> }): Promise<void> {
  await target.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn); undefined');
}
