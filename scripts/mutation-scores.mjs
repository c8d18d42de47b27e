// Per-folder mutation scores from Stryker's JSON report (process.env.MUTATION_REPORT ?? "reports/mutation/mutation.json").
// Score = detected (killed + timeout) / (detected + survived + no coverage), as Stryker computes it;
// mutants that do not compile or are ignored do not count. Exits non-zero without a report.
import { readFileSync, existsSync } from 'node:fs';

const REPORT = process.env.MUTATION_REPORT ?? 'reports/mutation/mutation.json';
const TARGET = 85;
/** The folders issue 14 scores; a file belongs to the first that prefixes it. */
const FOLDERS = ['lib/jobs/', 'lib/db/', 'lib/backup/', 'lib/llm/', 'lib/extract/'];
const NAMES = { 'lib/llm/': 'lib/llm (letter guard)' };

if (!existsSync(REPORT)) {
  console.error(`No ${REPORT}: run "npm run mutate" (or npx stryker run) first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const rows = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const path = file.replaceAll('\\', '/');
  const folder = FOLDERS.find((f) => path.includes(f)) ?? path.slice(0, path.lastIndexOf('/') + 1);
  const row = rows.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, notRun: 0, other: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') row.killed++;
    else if (status === 'Timeout') row.timeout++;
    else if (status === 'Survived') row.survived++;
    else if (status === 'NoCoverage') row.noCoverage++;
    // Pending: a mutant an interrupted run never reached. The score is over the mutants that ran; the
    // floor counts these as undetected, and a folder with any of them has not met the target yet.
    else if (status === 'Pending') row.notRun++;
    else row.other++;
  }
  rows.set(folder, row);
}

console.log('folder                      score   killed  timeout  survived  no-cov  not run (floor)  (not counted)');
let below = 0;
for (const [folder, r] of [...rows].sort()) {
  const detected = r.killed + r.timeout;
  const valid = detected + r.survived + r.noCoverage;
  const score = valid === 0 ? NaN : (100 * detected) / valid;
  const floor = (100 * detected) / (valid + r.notRun);
  if (!(score >= TARGET) || r.notRun > 0) below++;
  const name = (NAMES[folder] ?? folder).padEnd(26);
  const notRun = r.notRun === 0 ? '0' : `${r.notRun} (${floor.toFixed(1)}%)`;
  console.log(`${name}  ${Number.isNaN(score) ? '  n/a' : score.toFixed(1).padStart(5)}%  ${String(r.killed).padStart(6)}  ${String(r.timeout).padStart(7)}  ${String(r.survived).padStart(8)}  ${String(r.noCoverage).padStart(6)}  ${notRun.padStart(15)}  ${String(r.other).padStart(6)}`);
}
console.log(`target: ${TARGET}% per folder, every mutant run; ${below === 0 ? 'all folders meet it' : `${below} folder(s) below it or not fully run`}`);
