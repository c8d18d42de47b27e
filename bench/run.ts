/** `npm run bench`: every benchmark, printed as tables. Numbers only; nothing here passes or fails. */
import { printTable, type BenchRow } from './table';

const suites: Array<{ title: string; load: () => Promise<() => Promise<BenchRow[]>> }> = [
  { title: 'Job engine (production build in Chromium, loopback model)', load: async () => (await import('./jobs.bench')).runJobBenches },
  { title: 'Side panel (production build in Chromium): change latency, open with 1,000 jobs, heap', load: async () => (await import('./panel.bench')).runPanelBenches },
  { title: 'Chaos: 50 letters through random faults and worker kills (production build in Chromium)', load: async () => (await import('./chaos.bench')).runChaosBench },
  { title: 'Job page extraction: corpus accuracy per field and language, Trusted Types, 2 MB timing', load: async () => (await import('./extract.bench')).runExtractBench },
  { title: 'Letter guard: time per letter (Node, same lib code as the panel; budget 5 ms at 400 words)', load: async () => (await import('./guard.bench')).runGuardBench },
  { title: 'Cover-letter field search (jsdom)', load: async () => (await import('./apply.bench')).runApplyBench },
  { title: 'Letter exports (Node, same lib code as the panel)', load: async () => (await import('./documents.bench')).runDocumentBenches },
  { title: 'Letter language and versions (Node, same lib code as the panel)', load: async () => (await import('./letters.bench')).runLetterBenches },
];

const only = process.argv[2];
for (const suite of suites) {
  if (only && !suite.title.toLowerCase().includes(only.toLowerCase())) continue;
  try {
    const run = await suite.load();
    printTable(suite.title, await run());
  } catch (error) {
    console.error(`\n${suite.title}: could not run: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  }
}
