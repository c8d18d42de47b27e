import { describe, expect, it } from 'vitest';
import { exportLetter } from '../letters/export-letter';
import { nodeFontSource } from '../letters/node-fonts';
import { sampleExportSource } from '../letters/testing';
import { glyphNameText, lightPdfReader } from './pdf-reader';
import { extractPdfText, type PdfJs } from './pdf-text';
import { PDFDocument, StandardFonts } from 'pdf-lib';

async function resumePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  LINES.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  return pdf.save();
}

const pdfjs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const LINES = [
  'Name: Zoë Lukasiewicz', 'Email: zoe@example.com', 'Phone: +48 22 123 45 67', 'Skills: TypeScript, Rust, Distributed systems',
  'Experience: Staff Engineer at Ledger Works (2020 - present)', 'Education: MSc Computer Science, Warsaw University of Technology',
];
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** A PDF written by hand: no compression, a Differences encoding, kerned TJ without spaces, a form. */
function handMadePdf(): Uint8Array {
  const content = [
    'BT /F1 12 Tf 72 720 Td (Caf\\351 \\(Paris\\), \\202\\363d) Tj ET',
    'BT /F1 12 Tf 72 700 Td [(R) 20 (\\201sum) -20 (\\201) -400 (Skills)] TJ ET',
    '/Fm1 Do',
  ].join('\n');
  const form = 'BT /F1 12 Tf 72 680 Td <5a6f> Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [129 /eacute /lslash] >> >>',
    `<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  objects.forEach((body, i) => (pdf += `${i + 1} 0 obj\n${body}\nendobj\n`));
  pdf += 'trailer\n<< /Root 1 0 R >>\n%%EOF\n';
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}

describe('lightPdfReader', () => {
  it('reads a pdf-lib résumé (object streams, Flate, a standard font) line by line, as pdf.js does', async () => {
    const bytes = await resumePdf();
    const light = await extractPdfText(lightPdfReader, bytes, 'cv.pdf');
    expect(light.split('\n')).toEqual(LINES);
    expect(words(light)).toEqual(words(await extractPdfText(await pdfjs(), bytes, 'cv.pdf')));
  });

  it('reads Unicode text through ToUnicode maps (our own exported letters: Cyrillic, Greek, Vietnamese)', async () => {
    const source = sampleExportSource({ name: 'Zoë Łukasiewicz', company: 'Дмитрий и партнёры', opening: 'Καλημέρα from Zoë, Łódź and Hà Nội.' });
    const { bytes } = await exportLetter(source, 'pdf', { paperSize: 'A4', fonts: nodeFontSource, now: new Date(2026, 2, 5) });
    const light = await extractPdfText(lightPdfReader, bytes, 'letter.pdf');
    expect(light.split('\n')[0]).toBe('Zoë Łukasiewicz');
    expect(light).toContain('Дмитрий и партнёры');
    expect(light).toContain('Καλημέρα from Zoë, Łódź and Hà Nội.');
    expect(words(light)).toEqual(words(await extractPdfText(await pdfjs(), bytes, 'letter.pdf')));
  });

  it('reads string escapes, Differences glyph names, word gaps made by kerning, and text inside forms', async () => {
    const text = await extractPdfText(lightPdfReader, handMadePdf(), 'cv.pdf');
    expect(text.split('\n')).toEqual(['Café (Paris), łód', 'Résumé Skills', 'Zo']);
  });

  it('maps glyph names the way the Adobe Glyph List does', () => {
    expect(['a', 'eacute', 'Lslash', 'uni00E9', 'u1F600', 'fi', 'quoteright', 'Scaron', 'zero', 'a.sc', 'notaglyph'].map(glyphNameText))
      .toEqual(['a', 'é', 'Ł', 'é', '😀', 'fi', '’', 'Š', '0', 'a', '']);
  });

  it('says a file is not a PDF as pdf.js does, so the user is told to save it again', async () => {
    await expect(extractPdfText(lightPdfReader, new TextEncoder().encode('%PDF-1.7 nothing here'), 'cv.pdf')).rejects.toThrow(/could not be read as a PDF/);
  });
});
