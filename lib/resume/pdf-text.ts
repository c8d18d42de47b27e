import { ResumeError } from './resume-file';

/** The part of pdf.js's API we use: pdf-reader.ts has it too (and tests compare the two). */
export interface PdfJs {
  getDocument(source: { data: Uint8Array; isEvalSupported?: boolean }): { promise: Promise<PdfDocumentLike> };
}
interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<{ str?: string; hasEOL?: boolean }> }> }>;
  destroy(): Promise<void>;
}

/** Text of every page, lines kept (pdf.js marks line ends). */
export async function extractPdfText(pdfjs: PdfJs, bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<string> {
  let pdf: PdfDocumentLike;
  try {
    pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  } catch (error) {
    if ((error as { name?: string })?.name === 'PasswordException') {
      throw new ResumeError(`“${fileName}” is password-protected. Save a copy without a password and import that.`);
    }
    throw new ResumeError(`“${fileName}” could not be read as a PDF (${error instanceof Error ? error.message : String(error)}). Save it again as PDF and retry.`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      signal?.throwIfAborted();
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
    }
    return pages.join('\n\n').replace(/[ \t]+\n/g, '\n').trim();
  } finally {
    await pdf.destroy();
  }
}
