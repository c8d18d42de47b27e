export interface BenchRow {
  name: string;
  value: string;
  note?: string;
}

/** A benchmark that could not measure what it claims: `npm run bench` reports it and exits non-zero. */
export class BenchFailure extends Error {
  override readonly name = 'BenchFailure';
}

/** Throws unless `values` holds `expected` finite samples (default: at least one). A missing sample is a failure, not a row. */
export function requireSamples(what: string, values: number[], expected?: number): number[] {
  const bad = values.filter((v) => !Number.isFinite(v));
  if (bad.length > 0) throw new BenchFailure(`${what}: ${bad.length} of ${values.length} samples are not numbers`);
  if (values.length === 0 || (expected !== undefined && values.length !== expected)) {
    throw new BenchFailure(`${what}: ${values.length} samples, expected ${expected ?? 'at least 1'}`);
  }
  return values;
}

export function percentile(values: number[], p: number): number {
  requireSamples(`percentile ${p}`, values);
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function ms(value: number): string {
  if (!Number.isFinite(value)) throw new BenchFailure(`a duration is not a number (${value})`);
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

export function printTable(title: string, rows: BenchRow[]): void {
  if (rows.length === 0) throw new BenchFailure(`${title}: no rows measured`);
  const nameWidth = Math.max(...rows.map((r) => r.name.length), 4);
  const valueWidth = Math.max(...rows.map((r) => r.value.length), 5);
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(nameWidth)}  ${'-'.repeat(valueWidth)}`);
  for (const row of rows) console.log(`${row.name.padEnd(nameWidth)}  ${row.value.padStart(valueWidth)}${row.note ? `  ${row.note}` : ''}`);
}
