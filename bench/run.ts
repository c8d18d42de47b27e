/**
 * `npm run bench [filter]`: every benchmark, printed as tables, then issue 10's goals table.
 * `filter` (case-insensitive) runs only the sections whose title contains it, e.g.
 * `npm run bench -- "panel open"` or `npx tsx bench/run.ts sizes`.
 *
 * Numbers, not verdicts: a missed goal prints ✗. But a benchmark that could not measure (a
 * missing sample, a failed job, a browser that did not run, a filter matching nothing) makes the
 * run exit non-zero with the reason.
 */
import { availableParallelism, loadavg } from 'node:os';
import { goalFailures, printGoals } from './goals';
import { printTable, type BenchRow } from './table';

const suites: Array<{ title: string; load: () => Promise<() => Promise<BenchRow[]>> }> = [
  { title: 'Goals: panel open at 10 / 1,000 / 10,000 jobs, DOM cards, heap, "Search jobs" (production build in Chromium, data through "Import data")', load: async () => (await import('./panel-scale.bench')).runPanelScaleBench },
  { title: 'Goals: streaming — stream end to "Completed", 50 jobs at concurrency 3, IndexedDB bytes per progress write (production build in Chromium, loopback model)', load: async () => (await import('./streaming.bench')).runStreamingBench },
  { title: 'Goals: sizes of the store build', load: async () => (await import('./sizes.bench')).runSizesBench },
  { title: 'Job engine (production build in Chromium, loopback model)', load: async () => (await import('./jobs.bench')).runJobBenches },
  { title: 'Chaos: 50 letters through random faults and worker kills (production build in Chromium)', load: async () => (await import('./chaos.bench')).runChaosBench },
  { title: 'Job page extraction: corpus accuracy per field and language, Trusted Types, 2 MB timing', load: async () => (await import('./extract.bench')).runExtractBench },
  { title: 'Letter guard: time per letter (Node, same lib code as the panel; budget 5 ms at 400 words)', load: async () => (await import('./guard.bench')).runGuardBench },
  { title: 'Cover-letter field search (jsdom)', load: async () => (await import('./apply.bench')).runApplyBench },
  { title: 'Letter exports (Node, same lib code as the panel)', load: async () => (await import('./documents.bench')).runDocumentBenches },
  { title: 'Letter language and versions (Node, same lib code as the panel)', load: async () => (await import('./letters.bench')).runLetterBenches },
];

const only = process.argv[2];
const chosen = suites.filter((suite) => !only || suite.title.toLowerCase().includes(only.toLowerCase()));
const failures: string[] = [];
if (chosen.length === 0) failures.push(`no benchmark section matches "${only}"; sections:\n  ${suites.map((s) => s.title).join('\n  ')}`);

for (const suite of chosen) {
  try {
    const run = await suite.load();
    const before = loadavg()[0]!;
    const rows = await run();
    // Timings on a shared machine mean little without the load they were taken under.
    printTable(`${suite.title}\n(load average ${before.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs)`, rows);
  } catch (error) {
    console.error(`\n${suite.title}: COULD NOT RUN: ${error instanceof Error ? error.stack : error}`);
    failures.push(`${suite.title}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

printGoals();
failures.push(...goalFailures());
if (failures.length > 0) {
  console.error(`\nBENCH FAILED: ${failures.length} measurement(s) could not be taken:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
