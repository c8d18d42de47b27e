/** Posting language detection and the word diff of letter versions (Node, the panel's lib code). */
import { detectLanguage } from '../lib/letters/language';
import { diffWords } from '../lib/letters/diff';
import { median, ms, percentile, type BenchRow } from './table';

function time(runs: number, work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

const GERMAN =
  'Für unser Team in München suchen wir ab sofort eine:n Senior Backend Entwickler:in (m/w/d). Deine Aufgaben: Du entwickelst und betreibst unsere Zahlungsdienste mit Go und PostgreSQL. ';

/** A 450-word letter and the same letter with a word changed in every fourth sentence. */
function letterPair(): [string, string] {
  const sentences = Array.from({ length: 45 }, (_, i) => `In project ${i} I led a team that rebuilt the billing pipeline quickly.`);
  const edited = sentences.map((s, i) => (i % 4 === 0 ? s.replace('quickly', 'carefully and well') : s));
  return [sentences.join(' '), edited.join(' ')];
}

export function runLetterBenches(): Promise<BenchRow[]> {
  const posting = GERMAN.repeat(Math.ceil(20_000 / GERMAN.length)).slice(0, 20_000);
  const detect = time(200, () => detectLanguage(posting));
  const short = time(200, () => detectLanguage(GERMAN));
  const [before, after] = letterPair();
  const diff = time(100, () => diffWords(before, after));
  const rewrite = time(20, () => diffWords(before, after.split(' ').reverse().join(' ')));
  return Promise.resolve([
    { name: 'language of a 20,000-character posting (median)', value: ms(median(detect)), note: `p95 ${ms(percentile(detect, 95))}` },
    { name: 'language of a 2-sentence posting (median)', value: ms(median(short)) },
    { name: 'word diff, 450-word letter, 12 edits (median)', value: ms(median(diff)), note: `p95 ${ms(percentile(diff, 95))}` },
    { name: 'word diff, 450-word letter rewritten (median)', value: ms(median(rewrite)) },
  ]);
}
