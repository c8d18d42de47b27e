// Mutation testing of lib/extract module by module, each module against its own test files:
//
//   npm run mutate:extract                      every module group, then the folder's score
//   npm run mutate:extract -- page-title json-ld   only these groups (the others keep their last report)
//   npm run mutate:extract -- --survivors       re-test only what each group's last report left undetected
//
// Why: one Stryker run over lib/extract does not finish in a working session on two cores. A quarter of
// its mutants are module-level (word lists, tables, patterns): Stryker cannot tell which tests cover
// them, so it re-imports and re-runs every related test file for each one, and every test of the folder
// is related because extractJobPosting imports every module. Run against the module's own test files,
// a module-level mutant costs one small re-import instead.
//
// The score is then a lower bound: a mutant one group's tests miss may be caught by another group's tests,
// never the other way round. Each group writes reports/mutation/mutation-extract-<group>.json; the folder's
// report (mutation-extract.json, the groups' files together) is what mutate:scores reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const tests = (...names) => names.map((name) => `lib/extract/${name}*.test.ts`).join(',');
const sources = (...names) => names.map((name) => `lib/extract/${name}`).join(',');

/** Each group: the files it mutates and the test files (by name prefix) that may kill their mutants. */
export const GROUPS = {
  language: { mutate: sources('language.ts'), tests: tests('language') },
  company: { mutate: sources('company.ts'), tests: tests('company', 'title-heuristics', 'page-title') },
  text: {
    mutate: sources('html-string.ts', 'html-to-text.ts', 'text-builder.ts', 'machine-summaries.ts', 'text.ts', 'truncate.ts'),
    tests: tests('html-string', 'html-to-text', 'text', 'machine-summaries', 'truncate'),
  },
  'page-title': { mutate: sources('page-title.ts'), tests: tests('page-title') },
  'title-heuristics': { mutate: sources('title-heuristics.ts'), tests: tests('title-heuristics') },
  'page-kind': { mutate: sources('page-kind.ts'), tests: tests('page-kind') },
  'page-text': { mutate: sources('page-text.ts'), tests: tests('page-text') },
  'page-location': { mutate: sources('page-location.ts'), tests: tests('page-location') },
  readability: { mutate: sources('readability.ts'), tests: tests('readability') },
  'json-ld': { mutate: sources('json-ld.ts', 'json-ld-location.ts', 'microdata.ts'), tests: tests('json-ld', 'microdata') },
  merge: { mutate: sources('merge.ts', 'result.ts', 'candidate.ts'), tests: tests('merge', 'result') },
  index: { mutate: sources('index.ts', 'confidence.ts'), tests: tests('extract-page', 'fallback') },
  adapters: { mutate: 'lib/extract/adapters/**/*.ts', tests: tests('adapters') },
};

const args = process.argv.slice(2);
const survivorsOnly = args.includes('--survivors');
const chosen = args.filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !(name in GROUPS));
if (unknown.length > 0) {
  console.error(`Unknown group(s): ${unknown.join(', ')}. Groups: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(1);
}

const reportOf = (group) => `reports/mutation/mutation-extract-${group}.json`;
for (const group of chosen.length > 0 ? chosen : Object.keys(GROUPS)) {
  const { mutate, tests: include } = GROUPS[group];
  const env = { ...process.env, VITEST_INCLUDE: include, STRYKER_RUN: `extract-${group}` };
  console.log(`\n=== ${group}: ${survivorsOnly ? 'undetected mutants of the last report' : mutate}, against ${include}`);
  const run = survivorsOnly
    ? spawnSync('node', ['scripts/mutation-survivors.mjs', reportOf(group)], { stdio: 'inherit', env })
    : spawnSync('npx', ['stryker', 'run', '--mutate', `${mutate},!**/*.test.ts,!**/test-support.ts,!**/corpus-support.ts`, '--tempDirName', `.stryker-tmp-extract-${group}`], { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`${group}: Stryker exited with ${run.status}.`);
    process.exit(run.status ?? 1);
  }
  // The survivors re-test writes …-merged.json; it becomes the group's report for the next round.
  if (survivorsOnly) writeFileSync(reportOf(group), readFileSync(reportOf(group).replace(/\.json$/, '-merged.json')));
}

// The folder's report: every group's files (the groups mutate disjoint files).
const folder = { schemaVersion: '1', thresholds: { high: 90, low: 85 }, files: {} };
const missing = Object.keys(GROUPS).filter((group) => !existsSync(reportOf(group)));
for (const group of Object.keys(GROUPS).filter((name) => !missing.includes(name))) {
  Object.assign(folder.files, JSON.parse(readFileSync(reportOf(group), 'utf8')).files);
}
writeFileSync('reports/mutation/mutation-extract.json', JSON.stringify(folder));
if (missing.length > 0) console.warn(`No report yet for: ${missing.join(', ')} (their files are not in the score).`);
spawnSync('node', ['scripts/mutation-scores.mjs'], { stdio: 'inherit', env: { ...process.env, MUTATION_REPORT: 'reports/mutation/mutation-extract.json' } });
