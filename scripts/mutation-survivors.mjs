// Re-tests only the mutants an earlier Stryker report left undetected (or never reached), then writes a merged report.
//
//   node scripts/mutation-survivors.mjs reports/mutation/mutation-extract.json
//   MUTATION_REPORT=reports/mutation/mutation-extract-merged.json npm run mutate:scores
//
// Why: after tests are added (and production code is unchanged), every mutant killed before is still
// killed; only the survivors can change. On two cores a folder like lib/extract (4,581 mutants, most
// of them in module-level word lists, which Stryker can only test by re-running every related test)
// takes an hour in full, the survivors a fraction of that. Stryker's incremental mode cannot help
// there: a changed test file invalidates every mutant it covers.
//
// Each survivor becomes a mutation range (`file:line:col-line:col`), so Stryker instruments that
// node's mutants only (plus any nested inside it, which are simply tested again). The merged report is
// the earlier one with each re-tested mutant's new status. Do not use it after changing production
// code in the folder: run Stryker in full then.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [input] = process.argv.slice(2);
if (!input || !existsSync(input)) {
  console.error('Usage: node scripts/mutation-survivors.mjs reports/mutation/mutation-<run>.json');
  process.exit(1);
}
const base = JSON.parse(readFileSync(input, 'utf8'));
// Pending: a mutant an interrupted run never reached.
const undetected = (status) => status === 'Survived' || status === 'NoCoverage' || status === 'Pending';

// Report locations are 1-based lines and columns; a range's columns are 0-based (Babel's).
const ranges = [];
for (const [file, { mutants }] of Object.entries(base.files)) {
  for (const { location: l, status } of mutants) {
    if (undetected(status)) ranges.push(`${file}:${l.start.line}:${l.start.column - 1}-${l.end.line}:${l.end.column - 1}`);
  }
}
if (ranges.length === 0) {
  console.log(`${input}: no undetected mutants to re-test.`);
  process.exit(0);
}

const name = `${path.basename(input, '.json').replace(/^mutation-?/, '') || 'all'}-survivors`;
console.log(`Re-testing the ${ranges.length} undetected mutants of ${input} (run "${name}")…`);
// A fresh run: results kept from an earlier re-test would not see the tests added since.
rmSync(`reports/mutation/stryker-incremental-${name}.json`, { force: true });
const run = spawnSync('npx', ['stryker', 'run', '--mutate', [...new Set(ranges)].join(','), '--tempDirName', `.stryker-tmp-${name}`], {
  stdio: 'inherit',
  env: { ...process.env, STRYKER_RUN: name },
});
if (run.status !== 0) {
  console.error(`Stryker exited with ${run.status}: no merged report written.`);
  process.exit(run.status ?? 1);
}

const retested = JSON.parse(readFileSync(`reports/mutation/mutation-${name}.json`, 'utf8'));
const key = (file, m) => `${file}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}|${m.mutatorName}|${m.replacement}`;
const fresh = new Map();
for (const [file, { mutants }] of Object.entries(retested.files)) for (const m of mutants) fresh.set(key(file, m), m);

let changed = 0;
let missing = 0;
for (const [file, entry] of Object.entries(base.files)) {
  entry.mutants = entry.mutants.map((m) => {
    const again = fresh.get(key(file, m));
    if (!again) {
      if (undetected(m.status)) missing++;
      return m;
    }
    if (again.status !== m.status) changed++;
    return { ...m, status: again.status, statusReason: again.statusReason, killedBy: again.killedBy, coveredBy: again.coveredBy, testsCompleted: again.testsCompleted };
  });
}
const out = input.replace(/\.json$/, '-merged.json');
writeFileSync(out, JSON.stringify(base));
console.log(`${changed} mutants changed status; ${missing} survivors were not found again (production code moved?). Merged report: ${out}`);
if (missing > 0) process.exit(1);
