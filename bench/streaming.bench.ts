/**
 * Goals 5, 6 and 8 of issue 10, on the e2e build (the production build plus the seam that queues
 * jobs and grants the loopback host) in Chromium, against the loopback model (e2e/mock-llm).
 *
 * - stream end → "Completed": the mock notes Date.now() as it sends message_stop
 *   (accounting().completedAt); the open panel notes Date.now() when the job's card first holds
 *   the word "Completed" (a MutationObserver on the document). Same machine, same clock. Jobs run
 *   one at a time so each stream end belongs to one job.
 * - 50 jobs at concurrency 3 with 1 s letters: queue time to the last job's completedAt, ÷
 *   ceil(50/3) × one letter's time (the same stream through our Messages client alone, in Node);
 *   the median of three batches.
 * - bytes per progress write: IDBObjectStore.prototype.put/add wrapped in the service worker
 *   (Playwright's Worker.evaluate); for one 2,000-token job, the JSON length of the records each
 *   write transaction puts between its claim (IN_PROGRESS) and its completion (COMPLETED), the
 *   two excluded. JSON length stands in for the structured-clone size IndexedDB stores.
 */
import type { Page, Worker } from 'playwright-core';
import { startMockLlm, type MockAccounting, type MockLlm } from '../e2e/mock-llm/server';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { setSettings } from '../e2e/support/extension-storage';
import { asBenchRows, reportGoal, reportUnmeasured, type GoalRow } from './goals';
import { allowNamedFunctions, bareStream, queue, waitAllCompleted } from './job-runs';
import { BenchFailure, median, ms, percentile, requireSamples, type BenchRow } from './table';

const STREAM_JOBS = 20;
const BATCH = 50;
const BATCH_RUNS = 3;
const CONCURRENCY = 3;

/** Watches the panel for job cards showing "Completed"; `__completedAt[company]` = Date.now() then. */
async function watchCompletions(page: Page): Promise<void> {
  await allowNamedFunctions(page);
  await page.evaluate(() => {
    const g = globalThis as unknown as { __completedAt: Record<string, number>; __watching: Set<string> };
    g.__completedAt = {};
    g.__watching = new Set();
    const ITEMS = '[role="listitem"], li, [role="option"], [role="article"], article, [role="row"]';
    const saysCompleted = (item: Element) => {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim() === 'Completed') return true;
      return false;
    };
    new MutationObserver(() => {
      if (g.__watching.size === 0) return;
      const now = Date.now();
      const list = document.querySelector('[aria-label="Generation jobs"]');
      for (const item of list?.querySelectorAll(ITEMS) ?? []) {
        const text = item.textContent ?? '';
        for (const company of g.__watching) {
          if (text.includes(company) && saysCompleted(item)) {
            g.__completedAt[company] = now;
            g.__watching.delete(company);
          }
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function streamEndToCompleted(ext: ExtensionSession, page: Page, mock: MockLlm): Promise<number[]> {
  await watchCompletions(page);
  const latencies: number[] = [];
  for (let i = 1; i <= STREAM_JOBS; i++) {
    const company = `Stream Co ${String(i).padStart(2, '0')}`;
    await page.evaluate((c) => (globalThis as unknown as { __watching: Set<string> }).__watching.add(c), company);
    const before = mock.accounting().completedStreams;
    const { jobId } = await queue(ext, company, '[[mock:tokens=60]]');
    const shown = await page
      .waitForFunction((c) => (globalThis as unknown as { __completedAt: Record<string, number> }).__completedAt[c] ?? false, company, { timeout: 30_000, polling: 100 })
      .catch(async () => {
        await waitAllCompleted(page, [jobId], 1); // says why, when the job failed
        throw new BenchFailure(`${company} completed but its card never showed "Completed"`);
      });
    const shownAt = (await shown.jsonValue()) as number;
    const { completedAt, completedStreams } = mock.accounting();
    if (completedStreams <= before) throw new BenchFailure(`${company} shows "Completed" but the mock finished no stream for it`);
    latencies.push(shownAt - completedAt.at(-1)!);
  }
  return requireSamples('stream end → Completed', latencies, STREAM_JOBS);
}

interface PutRecord {
  store: string;
  bytes: number;
  id: unknown;
  jobId: unknown;
  status: unknown;
  /** Which transaction wrote it (numbered in the worker). */
  tx: number;
}

/** Wraps put/add of the worker's IndexedDB; returns what was written since. */
async function recordPuts(worker: Worker): Promise<void> {
  await allowNamedFunctions(worker);
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __puts?: unknown[]; __tx?: WeakMap<IDBTransaction, number> };
    g.__puts = [];
    g.__tx ??= new WeakMap();
    if ((IDBObjectStore.prototype.put as { __bench?: boolean }).__bench) return;
    let transactions = 0;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      const wrapped = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const record = (value ?? {}) as Record<string, unknown>;
        if (!g.__tx!.has(this.transaction)) g.__tx!.set(this.transaction, ++transactions);
        g.__puts!.push({ store: this.name, bytes: JSON.stringify(value)?.length ?? 0, id: record['id'], jobId: record['jobId'], status: record['status'], tx: g.__tx!.get(this.transaction) });
        return original.call(this, value, key);
      };
      (wrapped as { __bench?: boolean }).__bench = true;
      IDBObjectStore.prototype[method] = wrapped;
    }
  });
}

async function progressWrites(ext: ExtensionSession, page: Page): Promise<{ puts: PutRecord[]; perWrite: number[] }> {
  const worker = await ext.serviceWorker();
  await recordPuts(worker);
  const { jobId } = await queue(ext, 'Progress Writes Co', '[[mock:tokens=2000]]');
  await waitAllCompleted(page, [jobId], 180_000);
  const all = (await worker.evaluate(() => (globalThis as unknown as { __puts?: PutRecord[] }).__puts ?? null)) as PutRecord[] | null;
  if (all === null) throw new BenchFailure('the service worker restarted during the job: its IndexedDB writes were not all seen');
  const mine = all.filter((p) => p.id === jobId || p.jobId === jobId);
  const claim = mine.find((p) => p.status === 'IN_PROGRESS');
  const completion = mine.find((p) => p.status === 'COMPLETED');
  if (!claim || !completion) throw new BenchFailure(`saw no claim (IN_PROGRESS) or completion (COMPLETED) write of the job among ${mine.length} writes`);
  // After the claim's transaction, before the completing one (letter + COMPLETED): the progress writes.
  const streaming = mine.filter((p) => p.tx > claim.tx && p.tx < completion.tx);
  const perWrite = new Map<number, number>();
  for (const p of streaming) perWrite.set(p.tx, (perWrite.get(p.tx) ?? 0) + p.bytes);
  requireSamples('progress writes', [...perWrite.values()]);
  return { puts: streaming, perWrite: [...perWrite.values()] };
}

/**
 * Splits a batch's wall time as the mock saw it: until the first stream began, each letter's own
 * stream, the gap a slot stays empty between one letter's end and the next one's start, and the
 * last letter's save after its stream ended.
 */
function whereTheTimeWent(before: MockAccounting, after: MockAccounting, started: number, wall: number, concurrency: number): string {
  const starts = after.streamStartedAt.slice(before.streamStartedAt.length).sort((a, b) => a - b);
  const ends = after.completedAt.slice(before.completedAt.length).sort((a, b) => a - b);
  if (starts.length === 0 || ends.length === 0) return 'the mock saw no streams';
  const streams = ends.map((end, i) => end - starts[i]!);
  const gaps = starts.slice(concurrency).map((start, i) => start - ends[i]!);
  return `first stream began ${ms(starts[0]! - started)} after queuing began; streams median ${ms(median(streams))}; slot hand-over gaps median ${ms(median(gaps))}, p95 ${ms(percentile(gaps, 95))}, sum ${ms(gaps.reduce((a, b) => a + b, 0))}; last save ${ms(started + wall - ends.at(-1)!)} after its stream ended`;
}

async function attempt(order: number, measure: string, goal: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(`${measure}: could not measure: ${error instanceof Error ? error.stack : error}`);
    reportUnmeasured(order, measure, goal, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

export async function runStreamingBench(): Promise<BenchRow[]> {
  const goals: GoalRow[] = [];
  const report = (row: GoalRow) => {
    goals.push(row);
    reportGoal(row);
  };
  const mock = await startMockLlm();
  const ext = await launchExtension();
  try {
    const page = await ext.openPanel({ width: 400 });
    await setSettings(page, { apiKey: 'sk-bench', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: CONCURRENCY, notifications: false });
    await page.getByRole('list', { name: 'Generation jobs' }).waitFor({ state: 'attached' });

    await attempt(50, 'stream end → "Completed" visible, p95', '≤ 50 ms', async () => {
      const latencies = await streamEndToCompleted(ext, page, mock);
      const p95 = percentile(latencies, 95);
      report({ order: 50, measure: 'stream end → "Completed" visible, p95', now: ms(p95), goal: '≤ 50 ms', met: p95 <= 50, note: `${STREAM_JOBS} jobs one at a time; median ${ms(median(latencies))}, max ${ms(Math.max(...latencies))} (message_stop sent → card says Completed in the DOM)` });
    });

    await attempt(80, 'IndexedDB bytes per progress write, 2,000-token letter', '≤ 1 KB (a small record)', async () => {
      const { puts, perWrite } = await progressWrites(ext, page);
      const total = puts.reduce((sum, p) => sum + p.bytes, 0);
      const mean = total / perWrite.length;
      const byStore = new Map<string, number[]>();
      for (const p of puts) byStore.set(p.store, [...(byStore.get(p.store) ?? []), p.bytes]);
      const stores = [...byStore].map(([store, sizes]) => `${store}: ${sizes.length} writes, median ${median(sizes)} B, max ${Math.max(...sizes)} B`).join('; ');
      report({ order: 80, measure: 'IndexedDB bytes per progress write, 2,000-token letter', now: `${(mean / 1024).toFixed(1)} KB`, goal: '≤ 1 KB (a small record)', met: mean <= 1024, note: `mean JSON length of what each of the ${perWrite.length} write transactions between claim and completion put (${(total / 1024).toFixed(0)} KB in all; median ${median(perWrite)} B, max ${Math.max(...perWrite)} B); ${stores}; IDBObjectStore put/add wrapped in the service worker` });
    });

    await attempt(60, `${BATCH} jobs, concurrency ${CONCURRENCY}, 1 s letters ÷ ideal`, '≤ 1.05', async () => {
      const letters = [];
      for (let i = 0; i < 3; i++) letters.push(await bareStream(mock, '[[mock:duration=1000]]'));
      const oneLetter = median(requireSamples('one 1 s letter', letters, 3));
      const ideal = Math.ceil(BATCH / CONCURRENCY) * oneLetter;
      // A batch ends with its slowest chain of letters, so one batch on two cores swings by ±0.01:
      // the median of BATCH_RUNS batches, as the panel-open rows take the median of several opens.
      const runs: { ratio: number; wall: number; queuing: number; where: string }[] = [];
      for (let run = 1; run <= BATCH_RUNS; run++) {
        const before = mock.accounting();
        const started = Date.now();
        // One after another, as a user queues them: fifty evaluate calls sent at once reach the worker
        // as one burst of DevTools-protocol work (in a timeline the first job arrived ~200 ms after the
        // start, and the first requests left behind 49 saves), which measures the harness, not the queue.
        const queued = [];
        for (let i = 0; i < BATCH; i++) queued.push(await queue(ext, `Batch ${run} Co ${String(i).padStart(2, '0')}`, '[[mock:duration=1000]]'));
        const queuing = Date.now() - started;
        const jobs = await waitAllCompleted(page, queued.map((q) => q.jobId), 300_000);
        const wall = Math.max(...requireSamples('batch completion times', jobs.map((j) => j.completedAt as number), BATCH)) - started;
        runs.push({ ratio: wall / ideal, wall, queuing, where: whereTheTimeWent(before, mock.accounting(), started, wall, CONCURRENCY) });
      }
      const ratio = median(runs.map((r) => r.ratio));
      const middle = runs.find((r) => r.ratio === ratio) ?? runs[0]!;
      const each = runs.map((r) => `${r.ratio.toFixed(3)} (${ms(r.wall)})`).join(', ');
      report({ order: 60, measure: `${BATCH} jobs, concurrency ${CONCURRENCY}, 1 s letters ÷ ideal`, now: ratio.toFixed(3), goal: '≤ 1.05', met: ratio <= 1.05, note: `median of ${BATCH_RUNS} batches: ${each}, each from queuing the first job to the last completion (all ${BATCH} queued one after another within ${ms(middle.queuing)}); ideal ceil(${BATCH}/${CONCURRENCY}) × ${ms(oneLetter)} (the same letter streamed by the Messages client alone in Node); in the median batch, ${middle.where}` });
    });
  } finally {
    await ext.close();
    await mock.close();
  }
  return asBenchRows(goals);
}
