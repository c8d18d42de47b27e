import { AlignmentType, Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { Settings } from '../schema';
import type { LetterDocument } from './letter-document';

/** Twips (1/1440 inch). */
const PAGE_SIZES: Record<Settings['paperSize'], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGIN = 1440;
/** Half-points. */
const BODY = 22;
const AFTER_PARAGRAPH = 200;

function lines(items: string[], after = AFTER_PARAGRAPH): Paragraph {
  return new Paragraph({
    spacing: { after },
    children: items.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })),
  });
}

export async function renderDocx(doc: LetterDocument, paperSize: Settings['paperSize']): Promise<Uint8Array> {
  const contact = [...doc.sender.contact.map((text) => new TextRun({ text })), ...doc.sender.links.map((url) =>
    /^https?:\/\//i.test(url) ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] }) : new TextRun({ text: url }))];
  const separated = contact.flatMap((item, i) => (i === 0 ? [item] : [new TextRun({ text: '  ·  ' }), item]));
  const file = new Document({
    creator: 'Cover Letter Studio',
    title: `Cover letter: ${doc.position} at ${doc.company}`,
    styles: { default: { document: { run: { font: 'Calibri', size: BODY } } } },
    sections: [
      {
        properties: { page: { size: PAGE_SIZES[paperSize], margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ children: [new TextRun({ text: doc.sender.name, bold: true, size: 34 })] }),
          new Paragraph({ spacing: { after: 480 }, children: separated }),
          lines([doc.date]),
          ...(doc.recipient.length ? [lines(doc.recipient)] : []),
          lines([doc.greeting]),
          ...doc.paragraphs.map((p) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: AFTER_PARAGRAPH }, children: p.split('\n').map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) })),
          lines([doc.signOff, doc.signature].filter(Boolean), 0),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
