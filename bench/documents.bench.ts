/** Letter exports in Node with the same lib code the panel runs (pdf-lib, docx, fflate). */
import { exportLetter } from '../lib/letters/export-letter';
import { nodeFontSource } from '../lib/letters/node-fonts';
import { sampleExportSource } from '../lib/letters/testing';
import { zipLetters } from '../lib/letters/zip-letters';
import { median, ms, percentile, type BenchRow } from './table';

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export async function runDocumentBenches(): Promise<BenchRow[]> {
  const env = { paperSize: 'A4' as const, fonts: nodeFontSource, now: new Date() };
  const one = sampleExportSource({ name: 'Zoë Łukasiewicz' });
  const firstPdf = await time(1, () => exportLetter(one, 'pdf', env));
  const pdf = await time(20, () => exportLetter(one, 'pdf', env));
  const docx = await time(20, () => exportLetter(one, 'docx', env));
  const fifty = Array.from({ length: 50 }, (_, i) => sampleExportSource({ company: `Company ${i % 40}` }));
  let size = 0;
  const zipPdf = await time(3, async () => (size = (await zipLetters(fifty, 'pdf', env)).bytes.length));
  const zipDocx = await time(3, () => zipLetters(fifty, 'docx', env));
  return [
    { name: 'PDF, first (fonts parsed)', value: ms(firstPdf[0]!) },
    { name: 'PDF, one letter (median)', value: ms(median(pdf)), note: `p95 ${ms(percentile(pdf, 95))}` },
    { name: 'DOCX, one letter (median)', value: ms(median(docx)) },
    { name: 'ZIP of 50 PDFs (median of 3)', value: ms(median(zipPdf)), note: `${(size / 1024).toFixed(0)} KB` },
    { name: 'ZIP of 50 DOCX (median of 3)', value: ms(median(zipDocx)) },
  ];
}
