import { unzipSync } from 'fflate';
import { ResumeError } from './resume-file';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : ENTITIES[name.toLowerCase()]!,
  );
}

/**
 * Text of the body of WordprocessingML (word/document.xml): the text runs (`w:t`), tabs and line
 * breaks, and a blank line after each paragraph (table cells are paragraphs too). Deleted text of
 * tracked changes (`w:delText`) and field codes (`w:instrText`) are not text a reader sees.
 */
export function documentXmlText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<(\/?)(?:[\w-]+:)?(t|p|tab|br|cr)\b([^>]*)>([^<]*)/g)) {
    const [, closing, tag, attributes, after] = match;
    if (tag === 't' && !closing && !attributes!.endsWith('/')) text += decodeEntities(after!);
    else if (tag === 'p' && (closing || attributes!.endsWith('/'))) text += '\n\n';
    // A run's <w:tab/> has no attributes; <w:tab w:val=… w:pos=…/> in paragraph properties is a tab stop.
    else if (tag === 'tab' && !closing && !attributes!.includes('=')) text += '\t';
    else if ((tag === 'br' || tag === 'cr') && !closing) text += '\n';
  }
  return text;
}

/** Raw text of a .docx, read with fflate (already in the panel) instead of mammoth's 300 KB. */
export async function extractDocxText(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
    const xml = files['word/document.xml'];
    if (!xml) throw new Error('it has no word/document.xml');
    return documentXmlText(new TextDecoder().decode(xml)).replace(/\n{3,}/g, '\n\n').trim();
  } catch (error) {
    throw new ResumeError(`“${fileName}” could not be read as a Word document (${error instanceof Error ? error.message : String(error)}). Save it again as .docx or PDF and retry.`);
  }
}
