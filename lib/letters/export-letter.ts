import type { CoverLetter, GenerationJob, LetterContent, Settings } from '../schema';
import { letterFileName } from './file-name';
import type { FontSource } from './fonts';
import { letterDocument, type LetterDocument } from './letter-document';
import { renderMarkdown, renderPlainText } from './render-text';
import { FORMAT_INFO, type ExportFormat } from './formats';

export { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from './formats';

export interface ExportEnvironment {
  paperSize: Settings['paperSize'];
  fonts: FontSource;
  /** The date on the letter and in the file name. */
  now: Date;
}

export interface LetterFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** Things the user must know about this file (characters the PDF cannot show). */
  warnings: string[];
}

/** A completed job and its letter; `content` carries edits on screen not yet stored. */
export interface ExportSource {
  job: Pick<GenerationJob, 'profile' | 'job'>;
  letter: Pick<CoverLetter, 'company' | 'position'> & Partial<Pick<CoverLetter, 'language'>> & LetterContent;
}

export function documentFor(source: ExportSource, now: Date): LetterDocument {
  return letterDocument(source.letter, source.job.profile, source.job.job, { date: now });
}

export async function exportLetter(source: ExportSource, format: ExportFormat, env: ExportEnvironment): Promise<LetterFile> {
  const doc = documentFor(source, env.now);
  const base = { name: letterFileName(doc.company, env.now, format), mime: FORMAT_INFO[format].mime };
  switch (format) {
    case 'pdf': {
      // Loaded on first use: the panel opens without the PDF library.
      const { renderPdf } = await import('./render-pdf');
      const { bytes, missingCharacters } = await renderPdf(doc, { paperSize: env.paperSize, fonts: env.fonts });
      const warnings = missingCharacters.length
        ? [`The PDF shows “?” for ${missingCharacters.join(' ')}: its font has no such characters. Export DOCX or text to keep them.`]
        : [];
      return { ...base, bytes, warnings };
    }
    case 'docx': {
      const { renderDocx } = await import('./render-docx');
      return { ...base, bytes: await renderDocx(doc, env.paperSize), warnings: [] };
    }
    case 'md':
      return { ...base, bytes: new TextEncoder().encode(renderMarkdown(doc)), warnings: [] };
    case 'txt':
      return { ...base, bytes: new TextEncoder().encode(renderPlainText(doc)), warnings: [] };
  }
}
