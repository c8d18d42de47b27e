/**
 * The letter guard's time per letter, on the guard's own letter set (12 languages, clean and flawed)
 * and on ~400-word letters, where the budget is 5 ms. "First check" builds the profile's evidence
 * (a new job snapshot); "re-check" is the check after an edit of the same job.
 *
 *   npx tsx bench/guard.bench.ts
 */
import { checkLetter } from '../lib/llm/checks';
import { loadLetterSet, type SetLetter } from '../lib/llm/fixtures/letter-set';
import { LETTER_PARTS } from '../lib/schema';
import { median, ms, percentile, type BenchRow } from './table';

const RUNS = 30;

function words(letter: SetLetter): number {
  return LETTER_PARTS.map((p) => letter.content[p]).join(' ').split(/\s+/).filter(Boolean).length;
}

/** The letter grown to about 400 words by repeating its own paragraphs, as a long letter would. */
function at400Words(letter: SetLetter): SetLetter {
  const content = { ...letter.content };
  let part = 0;
  while (LETTER_PARTS.map((p) => content[p]).join(' ').split(/\s+/).length < 400) {
    const key = LETTER_PARTS[part++ % LETTER_PARTS.length]!;
    content[key] = `${content[key]}\n\n${letter.content[key]}`;
  }
  return { ...letter, content };
}

/** Per letter, the median and the best of RUNS: on a shared machine the best is the guard's own cost. */
function time(letters: SetLetter[], fresh: boolean): { median: number[]; best: number[] } {
  const times: number[] = [];
  const best: number[] = [];
  for (const letter of letters) {
    checkLetter(letter.content, letter.input); // warm the regexes and the evidence cache
    const perLetter: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const input = fresh ? { profile: letter.input.profile, job: letter.input.job } : letter.input;
      const start = performance.now();
      checkLetter(letter.content, input);
      perLetter.push(performance.now() - start);
    }
    times.push(median(perLetter));
    best.push(Math.min(...perLetter));
  }
  return { median: times, best };
}

export async function runGuardBench(): Promise<BenchRow[]> {
  const set = loadLetterSet();
  const long = set.map(at400Words);
  const rows: BenchRow[] = [];
  for (const [name, letters] of [
    [`letter set (${set.length} letters, median ${median(set.map(words))} words)`, set],
    [`same letters at ~400 words (median ${median(long.map(words))})`, long],
  ] as const) {
    for (const fresh of [true, false]) {
      const { median: times, best } = time([...letters], fresh);
      rows.push({
        name: `${name}, ${fresh ? 'first check' : 're-check'}`,
        value: `${ms(median(times))} median`,
        note: `p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}; best of ${RUNS}: median ${ms(median(best))}, p95 ${ms(percentile(best, 95))}, max ${ms(Math.max(...best))}`,
      });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printTable } = await import('./table');
  printTable('Letter guard (checkLetter, Node)', await runGuardBench());
}
