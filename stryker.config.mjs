import { fileURLToPath } from 'node:url';

// Mutation testing of the core (issue 14): `npm run mutate`. Not part of `npm test`: on two shared
// cores a full run takes a long time. Reports (JSON + HTML) go to reports/mutation/; the per-folder
// scores are printed by scripts/mutation-scores.mjs after the run.
//
// Run one folder while working on it:
//   npx stryker run --mutate 'lib/backup/**/*.ts,!lib/backup/**/*.test.ts' && node scripts/mutation-scores.mjs
//
// Surviving mutants that are truly equivalent (no behaviour can tell them apart) are listed in
// EQUIVALENT_MUTANTS.md next to this file, each with its reason; anything else that survives is a gap.

// STRYKER_RUN=name keeps one folder's run apart (reports/mutation/name.json, its own incremental file),
// so folders can be scored one at a time and read together by scripts/mutation-scores.mjs.
// The corpus tests find ../shared/corpus beside the repository; from Stryker's sandbox (a copy inside
// the repository) that path would point into the temp dir, so the sandbox is told where it is.
process.env.COVER_LETTER_CORPUS ??= fileURLToPath(new URL('../shared/corpus', import.meta.url));

// The two corpus-wide tests are left out of mutation runs. Each reads all 32 saved real pages (about
// 10 s of CPU per run) at collection time, which also makes every mutant of lib/extract "static"
// (Stryker then re-runs every related test for each of its 4,581 mutants): many hours on two cores.
// trusted-types.test.ts compares the extractor with itself, so it kills almost nothing there anyway.
// Leaving tests out can only lower the score: lib/extract's score is its unit tests' alone.
process.env.VITEST_EXCLUDE ??= 'lib/extract/corpus.test.ts,lib/extract/trusted-types.test.ts';

const run = process.env.STRYKER_RUN ? `-${process.env.STRYKER_RUN}` : '';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  // STRYKER_NO_CHECKER=1 skips the type check of each mutant: about three times faster on a loaded
  // machine; mutants that would not compile then run anyway (most are killed; a survivor of that kind
  // is no gap, see EQUIVALENT_MUTANTS.md).
  checkers: process.env.STRYKER_NO_CHECKER ? [] : ['typescript'],
  tsconfigFile: 'tsconfig.json',
  // The TypeScript checker checks each mutant alone (a mutant that does not compile is not a test gap).
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'lib/jobs/**/*.ts',
    'lib/db/**/*.ts',
    'lib/backup/**/*.ts',
    'lib/llm/checks*.ts',
    'lib/extract/**/*.ts',
    '!**/*.test.ts',
    '!**/test-support.ts',
    '!**/testing.ts',
    '!**/corpus-support.ts',
  ],
  incremental: true,
  incrementalFile: `reports/mutation/stryker-incremental${run}.json`,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/mutation${run}.json` },
  htmlReporter: { fileName: `reports/mutation/mutation${run}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The machine is shared: one test process at a time.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // Some tests talk to the loopback model server; a busy machine needs room before a mutant counts as a timeout.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  tempDirName: '.stryker-tmp',
  // Build output and reports are not needed by the tests, and a build running meanwhile would make the sandbox copy fail.
  ignorePatterns: ['.output', 'reports', '.stryker-tmp*'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
