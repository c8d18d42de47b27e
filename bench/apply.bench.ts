/**
 * How long findCoverLetterTargets takes on the form fixtures and on a long form (300 fields,
 * as on some Workday questionnaires), in jsdom (slower than a browser). Prints numbers only.
 *
 *   npx tsx bench/apply.bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { findCoverLetterTargets } from '../lib/apply/index';
import { median, ms, printTable, type BenchRow } from './table';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/apply/fixtures');
const RUNS = 20;

function time(doc: Document): number {
  findCoverLetterTargets(doc);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    findCoverLetterTargets(doc);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function runApplyBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort()) {
    const doc = new JSDOM(readFileSync(path.join(FIXTURES, file), 'utf8')).window.document;
    rows.push({ name: file, value: ms(time(doc)), note: `median of ${RUNS}, jsdom` });
  }
  const fields = Array.from({ length: 300 }, (_, i) => `<div class="q"><label for="q${i}">Question ${i}: years of experience with tool ${i}?</label><input id="q${i}" type="text"></div>`).join('');
  const long = new JSDOM(`<form>${fields}<div><label for="cl">Cover letter</label><textarea id="cl"></textarea></div></form>`).window.document;
  rows.push({ name: 'long form, 300 fields', value: ms(time(long)), note: `median of ${RUNS}, jsdom` });
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) printTable('Cover-letter field search', await runApplyBench());
