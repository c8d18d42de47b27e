import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportLetter, type ExportEnvironment, type ExportFormat } from './export-letter';
import { letterDocument } from './letter-document';
import { nodeFontSource } from './node-fonts';
import { pdfLines } from './pdf-text.testing';
import { renderHtml } from './render-text';
import { sampleExportSource } from './testing';

/**
 * Issue 10 saw "Dear  Hiring Team at Babbage & Co ," in the panel. Every export must print the
 * greeting without stray spaces, even when the addressee or the company carry some (an addressee
 * edited in the panel, a company name captured from a page with a trailing space).
 */
const env: ExportEnvironment = { paperSize: 'A4', fonts: nodeFontSource, now: new Date(2026, 2, 5, 10, 0) };
const GREETING = 'Dear Hiring Team at Babbage & Co,';

function source() {
  const s = sampleExportSource({ company: 'Babbage & Co ' });
  s.letter.addressee = '  Hiring Team at Babbage & Co \n';
  return s;
}

async function textOf(format: ExportFormat): Promise<string> {
  const file = await exportLetter(source(), format, env);
  if (format === 'pdf') return (await pdfLines(file.bytes)).lines.join('\n');
  if (format === 'docx') return (await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) })).value;
  return new TextDecoder().decode(file.bytes);
}

function greetingLine(text: string): string | undefined {
  return text.split('\n').find((line) => /Dear\b/.test(line));
}

describe('the greeting in every export', () => {
  it('the letter document has it without stray spaces', () => {
    const { letter, job } = source();
    expect(letterDocument(letter, job.profile, job.job, { date: env.now }).greeting).toBe(GREETING);
  });

  it.each(['txt', 'md', 'docx', 'pdf'] as const)('%s', async (format) => {
    const line = greetingLine(await textOf(format));
    expect(line?.trim()).toBe(GREETING);
    expect(line).not.toMatch(/\s,|\s{2}/);
  });

  it('the HTML put on the clipboard', () => {
    const { letter, job } = source();
    const html = renderHtml(letterDocument(letter, job.profile, job.job, { date: env.now }));
    expect(html).toContain(GREETING.replace('&', '&amp;'));
    expect(html).not.toMatch(/Dear\s{2}|Co\s+,/);
  });
});
