/**
 * The goals of issue 10 as one table: measure, what it is now, the goal, met or missed.
 * A missed goal is a printed ✗, not an error; a goal that could not be measured is an error
 * (`failure`), and `npm run bench` exits non-zero with its reason.
 */
import type { BenchRow } from './table';

export interface GoalRow {
  /** Order in the table (the order of the issue's goals). */
  order: number;
  measure: string;
  now: string;
  goal: string;
  /** null: not measured (see `failure`). */
  met: boolean | null;
  /** Why it could not be measured. */
  failure?: string;
  note?: string;
}

const collected: GoalRow[] = [];

export function reportGoal(row: GoalRow): void {
  collected.push(row);
}

/** Records a goal that could not be measured; the run fails with `reason` at the end. */
export function reportUnmeasured(order: number, measure: string, goal: string, reason: string): void {
  collected.push({ order, measure, now: 'NOT MEASURED', goal, met: null, failure: reason });
}

export function goalRows(): GoalRow[] {
  return [...collected].sort((a, b) => a.order - b.order);
}

export function goalFailures(): string[] {
  return goalRows().filter((r) => r.failure).map((r) => `${r.measure}: ${r.failure}`);
}

/** The same goals as BenchRows, for a section's own table. */
export function asBenchRows(rows: GoalRow[]): BenchRow[] {
  return rows.map((r) => ({ name: r.measure, value: r.now, note: `${mark(r)} goal ${r.goal}${r.note ? `; ${r.note}` : ''}` }));
}

function mark(row: GoalRow): string {
  return row.met === null ? '!' : row.met ? '✓' : '✗';
}

export function printGoals(): void {
  const rows = goalRows();
  if (rows.length === 0) return;
  const w = {
    measure: Math.max(7, ...rows.map((r) => r.measure.length)),
    now: Math.max(3, ...rows.map((r) => r.now.length)),
    goal: Math.max(4, ...rows.map((r) => r.goal.length)),
  };
  console.log('\nIssue 10 goals (production build in Chromium; ✓ met, ✗ missed, ! not measured)');
  console.log(`| ${'measure'.padEnd(w.measure)} | ${'now'.padStart(w.now)} | ${'goal'.padEnd(w.goal)} |   |`);
  console.log(`|${'-'.repeat(w.measure + 2)}|${'-'.repeat(w.now + 2)}|${'-'.repeat(w.goal + 2)}|---|`);
  for (const r of rows) console.log(`| ${r.measure.padEnd(w.measure)} | ${r.now.padStart(w.now)} | ${r.goal.padEnd(w.goal)} | ${mark(r)} |`);
  const notes = rows.filter((r) => r.note || r.failure);
  for (const r of notes) console.log(`  ${r.measure}: ${r.failure ? `NOT MEASURED: ${r.failure}` : r.note}`);
}
