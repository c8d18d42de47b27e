import mammoth from 'mammoth';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportLetter, type ExportEnvironment } from './export-letter';
import { isoLocalDate, letterFileName, safeFileNamePart, uniqueFileNames } from './file-name';
import { letterDocument } from './letter-document';
import { nodeFontSource } from './node-fonts';
import { pdfLines } from './pdf-text.testing';
import { escapeMarkdown, renderHtml, renderMarkdown, renderPlainText } from './render-text';
import { wrapLine } from './render-pdf';
import { sampleExportSource } from './testing';
import { zipLetters } from './zip-letters';

const now = new Date(2026, 2, 5, 10, 0);
const env: ExportEnvironment = { paperSize: 'A4', fonts: nodeFontSource, now };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('letterDocument', () => {
  it('puts the header, date, addressee, greeting, four parts and sign-off in order', () => {
    const { letter, job } = sampleExportSource();
    const doc = letterDocument(letter, job.profile, job.job, { date: now });
    expect(doc.sender).toEqual({ name: 'Ada Lovelace', contact: ['ada@example.com', '+44 20 7946 0000'], links: ['https://ada.example.com', 'https://github.com/ada'] });
    expect(doc.date).toBe('5 March 2026');
    expect(doc.recipient).toEqual(['Ms Grace Hopper', 'Babbage & Co', 'London, UK']);
    expect(doc.greeting).toBe('Dear Ms Grace Hopper,');
    expect(doc.paragraphs).toEqual([letter.opening, letter.aboutMe, letter.whyMe, letter.whyCompany]);
    expect([doc.signOff, doc.signature]).toEqual(['Sincerely,', 'Ada Lovelace']);
  });
  it('greets the hiring manager when there is no addressee, and leaves out emptied parts', () => {
    const { letter, job } = sampleExportSource();
    const doc = letterDocument({ ...letter, addressee: ' ', whyMe: '  ' }, job.profile, job.job, { date: now });
    expect(doc.greeting).toBe('Dear Hiring Manager,');
    expect(doc.paragraphs).toHaveLength(3);
  });
});

describe('file names', () => {
  it('follow CoverLetter_<Company>_<YYYY-MM-DD>.<ext>', () => {
    expect(letterFileName('Acme', now, 'pdf')).toBe('CoverLetter_Acme_2026-03-05.pdf');
    expect(isoLocalDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
  it('replace characters unsafe in file names and collapse spaces', () => {
    expect(safeFileNamePart('Acme / Co: "UK" <Ltd>?')).toBe('Acme_Co_UK_Ltd');
    expect(safeFileNamePart('a\\b|c*d\u0007e')).toBe('a_b_c_d_e');
    expect(safeFileNamePart('  Babbage & Co.  ')).toBe('Babbage_&_Co');
    expect(safeFileNamePart('Zoë Łukasiewicz GmbH')).toBe('Zoë_Łukasiewicz_GmbH');
  });
  it('never gives an empty, hidden, reserved or overlong name', () => {
    expect(safeFileNamePart('///')).toBe('Company');
    expect(safeFileNamePart('...hidden')).toBe('hidden');
    expect(safeFileNamePart('CON')).toBe('CON_');
    expect(Array.from(safeFileNamePart('x'.repeat(300))).length).toBe(80);
  });
  it('number duplicates so no file overwrites another', () => {
    expect(uniqueFileNames(['a.pdf', 'A.pdf', 'a.pdf', 'b.pdf'])).toEqual(['a.pdf', 'A_2.pdf', 'a_3.pdf', 'b.pdf']);
  });
});

describe('text and Markdown', () => {
  it('plain text has every block in order', () => {
    const { letter, job } = sampleExportSource();
    const text = renderPlainText(letterDocument(letter, job.profile, job.job, { date: now }));
    const order = ['Ada Lovelace', 'ada@example.com', '5 March 2026', 'Ms Grace Hopper', 'Dear Ms Grace Hopper,', letter.opening, letter.aboutMe, letter.whyMe, letter.whyCompany, 'Sincerely,\nAda Lovelace'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
  it('Markdown keeps model text literal: no headings, emphasis or HTML from it', () => {
    expect(escapeMarkdown('# not a heading *bold* <b>x</b>')).toBe('\\# not a heading \\*bold\\* \\<b\\>x\\</b\\>');
    const { letter, job } = sampleExportSource({ opening: '<script>alert(1)</script> and *stars*' });
    const md = renderMarkdown(letterDocument(letter, job.profile, job.job, { date: now }));
    expect(md.startsWith('# Ada Lovelace\n')).toBe(true);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> and \\*stars\\*');
    expect(md).toContain('<https://github.com/ada>');
  });
  it('clipboard HTML escapes model text', () => {
    const { letter, job } = sampleExportSource({ opening: '<img src=x onerror=alert(1)>' });
    const html = renderHtml(letterDocument(letter, job.profile, job.job, { date: now }));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});

describe('PDF', () => {
  it('wraps words to the width and breaks words longer than a line', () => {
    const width = (t: string) => t.length;
    expect(wrapLine('aa bb cc dd', 5, width)).toEqual(['aa bb', 'cc dd']);
    expect(wrapLine('abcdefghijk x', 4, width)).toEqual(['abcd', 'efgh', 'ijk', 'x']);
  });
  it('has real text, in order, with the header, on A4', async () => {
    const source = sampleExportSource();
    const file = await exportLetter(source, 'pdf', env);
    expect(file.name).toBe('CoverLetter_Babbage_&_Co_2026-03-05.pdf');
    expect(decode(file.bytes.slice(0, 5))).toBe('%PDF-');
    const { lines, size } = await pdfLines(file.bytes);
    expect(size).toEqual([595, 842]);
    expect(lines[0]).toBe('Ada Lovelace');
    expect(lines[1]).toContain('ada@example.com');
    expect(lines[1]).toContain('https://github.com/ada');
    const text = lines.join(' ');
    const order = ['5 March 2026', 'Ms Grace Hopper', 'Dear Ms Grace Hopper,', source.letter.opening, source.letter.whyMe, source.letter.whyCompany, 'Sincerely,', 'Ada Lovelace'];
    let from = 0;
    for (const part of order) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    // The long paragraph was wrapped, not run off the page.
    expect(lines.length).toBeGreaterThan(14);
    expect(file.warnings).toEqual([]);
  });
  it('renders accented, Cyrillic and Greek names as selectable text on US Letter', async () => {
    const name = 'Zoë Łukasiewicz';
    const source = sampleExportSource({ name, company: 'Дмитрий и партнёры', opening: 'Καλημέρα from Zoë, Łódź and Hà Nội.' });
    const file = await exportLetter(source, 'pdf', { ...env, paperSize: 'Letter' });
    const { lines, size } = await pdfLines(file.bytes);
    expect(size).toEqual([612, 792]);
    expect(lines[0]).toBe(name);
    expect(lines).toContain('Дмитрий и партнёры');
    expect(lines.join(' ')).toContain('Καλημέρα from Zoë, Łódź and Hà Nội.');
    expect(lines[lines.length - 1]).toBe(name);
    expect(file.warnings).toEqual([]);
  });
  it('says which characters it cannot show instead of dropping them silently', async () => {
    // Devanagari needs a shaping engine the PDF writer does not have: reported, not drawn wrong.
    const file = await exportLetter(sampleExportSource({ opening: 'Hello 日本 🎉 नमस्ते' }), 'pdf', env);
    expect(file.warnings[0]).toMatch(/日 本 🎉 न म स ् त े/);
    expect((await pdfLines(file.bytes)).lines.join(' ')).toContain('Hello ?? ? ??????');
  });
  it('continues on a second page when the letter is long', async () => {
    const file = await exportLetter(sampleExportSource({ opening: 'A long paragraph. '.repeat(400) }), 'pdf', env);
    expect((await pdfLines(file.bytes)).pages).toBeGreaterThan(1);
  });
});

describe('DOCX', () => {
  it('reads back with mammoth in order', async () => {
    const source = sampleExportSource({ name: 'Zoë Łukasiewicz' });
    const file = await exportLetter(source, 'docx', env);
    expect(file.name).toBe('CoverLetter_Babbage_&_Co_2026-03-05.docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    const order = ['Zoë Łukasiewicz', 'ada@example.com', 'https://github.com/ada', '5 March 2026', 'Babbage & Co', 'Dear Ms Grace Hopper,', source.letter.opening, source.letter.aboutMe, source.letter.whyMe, source.letter.whyCompany, 'Sincerely,'];
    const positions = order.map((p) => value.indexOf(p));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(value.trim().endsWith('Zoë Łukasiewicz')).toBe(true);
  });
  it('keeps markup-like text literal and drops characters Word files cannot hold', async () => {
    const file = await exportLetter(sampleExportSource({ opening: 'I <b>build</b> "ledgers" & tools\u0007.' }), 'docx', env);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    expect(value).toContain('I <b>build</b> "ledgers" & tools.');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    expect(html).toContain('<a href="https://github.com/ada">https://github.com/ada</a>');
  });
});

describe('zipLetters', () => {
  it('puts one file per letter in the ZIP, numbering duplicates, and reports progress', async () => {
    const sources = [sampleExportSource({ company: 'Acme' }), sampleExportSource({ company: 'Acme' }), sampleExportSource({ company: 'Zeta' })];
    const progress: number[] = [];
    const zip = await zipLetters(sources, 'txt', env, (done) => progress.push(done));
    expect(zip.name).toBe('CoverLetters_2026-03-05.zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(['CoverLetter_Acme_2026-03-05.txt', 'CoverLetter_Acme_2026-03-05_2.txt', 'CoverLetter_Zeta_2026-03-05.txt']);
    expect(decode(files['CoverLetter_Zeta_2026-03-05.txt']!)).toContain('Zeta builds infrastructure');
    expect(progress).toEqual([1, 2, 3]);
  });
});
