export interface BenchRow {
  name: string;
  value: string;
  note?: string;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

export function printTable(title: string, rows: BenchRow[]): void {
  const nameWidth = Math.max(...rows.map((r) => r.name.length), 4);
  const valueWidth = Math.max(...rows.map((r) => r.value.length), 5);
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(nameWidth)}  ${'-'.repeat(valueWidth)}`);
  for (const row of rows) console.log(`${row.name.padEnd(nameWidth)}  ${row.value.padStart(valueWidth)}${row.note ? `  ${row.note}` : ''}`);
}
