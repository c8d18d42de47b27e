import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatLetterText } from '../ui/letter-text';
import { exportLetter, type ExportEnvironment } from './export-letter';
import { letterDocument } from './letter-document';
import { nodeFontSource } from './node-fonts';
import { pdfLines } from './pdf-text.testing';
import { renderHtml, renderMarkdown, renderPlainText } from './render-text';
import { greetingFor, isGenericAddressee } from './salutation';
import { sampleExportSource } from './testing';

const now = new Date(2026, 2, 5, 10, 0);
const env: ExportEnvironment = { paperSize: 'A4', fonts: nodeFontSource, now };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function germanSource() {
  const source = sampleExportSource({ company: 'Müller Logistik GmbH', opening: 'Mit großem Interesse bewerbe ich mich bei Ihnen.' });
  source.letter.language = 'de';
  source.letter.addressee = 'Hiring Team at Müller Logistik GmbH';
  return source;
}

describe('a letter in its own language', () => {
  it('greets, dates and signs a German letter in German', () => {
    const { letter, job } = germanSource();
    const doc = letterDocument(letter, job.profile, job.job, { date: now });
    expect(doc.greeting).toBe('Sehr geehrte Damen und Herren,');
    expect(doc.signOff).toBe('Mit freundlichen Grüßen');
    expect(doc.date).toBe('5. März 2026');
    // The English default addressee the reader adds becomes German in the address block.
    expect(doc.recipient[0]).toBe('Personalabteilung Müller Logistik GmbH');
  });

  it('greets a named person politely, keeping the title the model gave', () => {
    expect(greetingFor('de', 'Frau Anna Schmidt')).toBe('Sehr geehrte Frau Anna Schmidt,');
    expect(greetingFor('de', 'Herr Jonas Weber')).toBe('Sehr geehrter Herr Jonas Weber,');
    expect(greetingFor('fr', 'Service recrutement')).toBe('Madame, Monsieur,');
    expect(greetingFor('sv', 'Rekryteringsteamet på Klarna')).toBe('Hej,');
    expect(greetingFor('it', 'Giulia Bianchi')).toBe('Gentile Giulia Bianchi,');
    expect(greetingFor('en', 'Hiring Team at Acme')).toBe('Dear Hiring Team at Acme,');
    expect(isGenericAddressee('Personalabteilung')).toBe(true);
    expect(isGenericAddressee('Anna Schmidt')).toBe(false);
  });

  it('text, Markdown, clipboard HTML and the copied text follow the language', () => {
    const { letter, job } = germanSource();
    const doc = letterDocument(letter, job.profile, job.job, { date: now });
    for (const rendered of [renderPlainText(doc), renderMarkdown(doc), renderHtml(doc)]) {
      expect(rendered).toContain('Sehr geehrte Damen und Herren,');
      expect(rendered).toContain('Mit freundlichen Grüßen');
      expect(rendered).not.toContain('Dear ');
      expect(rendered).not.toContain('Sincerely');
    }
    const copied = formatLetterText(letter, 'Ada Lovelace', 'de');
    expect(copied.startsWith('Sehr geehrte Damen und Herren,')).toBe(true);
    expect(copied.endsWith('Mit freundlichen Grüßen\nAda Lovelace')).toBe(true);
  });

  it('PDF and DOCX follow the language', async () => {
    const source = germanSource();
    const pdf = await exportLetter(source, 'pdf', env);
    const text = (await pdfLines(pdf.bytes)).lines.join(' ');
    expect(text).toContain('Sehr geehrte Damen und Herren,');
    expect(text).toContain('Mit freundlichen Grüßen');
    expect(pdf.warnings).toEqual([]);
    const docx = await exportLetter(source, 'docx', env);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    expect(value).toContain('Sehr geehrte Damen und Herren,');
    expect(value).toContain('Mit freundlichen Grüßen');
    expect(decode((await exportLetter(source, 'md', env)).bytes)).toContain('Mit freundlichen Grüßen');
  });

  it('a letter without a language is English, as before', () => {
    const { letter, job } = sampleExportSource();
    const doc = letterDocument({ ...letter, language: undefined }, job.profile, job.job, { date: now });
    expect([doc.greeting, doc.signOff]).toEqual(['Dear Ms Grace Hopper,', 'Sincerely,']);
  });
});
