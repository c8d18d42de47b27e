/** What kind of résumé file this is, decided before any reading so a wrong file fails fast. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

export type ResumeKind = 'pdf' | 'docx' | 'text';

export class ResumeError extends Error {
  override readonly name = 'ResumeError';
}

export function resumeKindOf(file: { name: string; type: string; size: number }): ResumeKind {
  const name = file.name.toLowerCase();
  if (file.size === 0) throw new ResumeError(`“${file.name}” is empty. Choose the file your résumé is in.`);
  if (file.size > MAX_RESUME_BYTES) {
    throw new ResumeError(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; résumés up to 10 MB can be imported. Save a smaller copy (without images) and try again.`);
  }
  if (name.endsWith('.pdf') || file.type === 'application/pdf') return 'pdf';
  if (name.endsWith('.docx') || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (/\.(txt|md|markdown|text)$/.test(name) || file.type === 'text/plain' || file.type === 'text/markdown') return 'text';
  if (name.endsWith('.doc')) throw new ResumeError('Old Word files (.doc) cannot be read. Save it as .docx or PDF in Word, then import that.');
  throw new ResumeError(`“${file.name}” is not a PDF, Word (.docx), text or Markdown file. Choose one of those.`);
}

const startsWith = (bytes: Uint8Array, text: string) => Array.from(text).every((c, i) => bytes[i] === c.charCodeAt(0));

/** Encrypted PDFs carry an /Encrypt entry in their trailer; neither Claude nor a PDF reader can read them without the password. */
function isEncryptedPdf(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  return /\/Encrypt\s/.test(tail) || /\/Encrypt\s/.test(head);
}

/** Checks the bytes match the kind (a renamed file is caught here, not in the parser). */
export function checkResumeBytes(kind: ResumeKind, bytes: Uint8Array, fileName: string): void {
  if (kind === 'pdf') {
    if (!startsWith(bytes, '%PDF-')) throw new ResumeError(`“${fileName}” is not a readable PDF. Open it, save it again as PDF, and import that.`);
    if (isEncryptedPdf(bytes)) throw new ResumeError(`“${fileName}” is password-protected. Save a copy without a password and import that.`);
  }
  if (kind === 'docx' && !startsWith(bytes, 'PK')) {
    throw new ResumeError(`“${fileName}” is not a readable Word document. Open it in Word, save it as .docx or PDF, and import that.`);
  }
}

export function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ResumeError(`“${fileName}” is not UTF-8 text. Save it as UTF-8 (or as PDF) and import it again.`);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
