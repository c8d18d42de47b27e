import { strToU8, zipSync } from 'fflate';
import type { Settings } from '../schema';
import type { LetterDocument } from './letter-document';

/**
 * A Word document written as WordprocessingML by hand and zipped with fflate: a letter is a few
 * paragraphs, a bold name and some links, which the `docx` package (170 KB in the panel) was far
 * more than we needed for.
 */

/** Twips (1/1440 inch). */
const PAGE_SIZES: Record<Settings['paperSize'], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGIN = 1440;
/** Half-points. */
const BODY = 22;
const NAME = 34;
const AFTER_PARAGRAPH = 200;

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text as XML character data; characters XML 1.0 forbids (control codes) are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function run(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}

/** Lines of one paragraph, joined by line breaks. */
function runs(lines: string[], props = ''): string {
  return lines.map((line, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + run(line, props)).join('');
}

function paragraph(content: string, after = AFTER_PARAGRAPH): string {
  return `<w:p><w:pPr><w:spacing w:after="${after}"/></w:pPr>${content}</w:p>`;
}

export async function renderDocx(doc: LetterDocument, paperSize: Settings['paperSize']): Promise<Uint8Array> {
  const links: string[] = [];
  const contact = [
    ...doc.sender.contact.map((text) => run(text)),
    ...doc.sender.links.map((url) => {
      if (!/^https?:\/\//i.test(url)) return run(url);
      links.push(url);
      return `<w:hyperlink r:id="rIdLink${links.length}" w:history="1">${run(url, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`;
    }),
  ].join(run('  ·  '));
  const page = PAGE_SIZES[paperSize];

  const body = [
    paragraph(run(doc.sender.name, `<w:b/><w:sz w:val="${NAME}"/><w:szCs w:val="${NAME}"/>`), 0),
    paragraph(contact, 480),
    paragraph(runs([doc.date])),
    ...(doc.recipient.length ? [paragraph(runs(doc.recipient))] : []),
    paragraph(runs([doc.greeting])),
    ...doc.paragraphs.map((p) => paragraph(runs(p.split('\n')))),
    paragraph(runs([doc.signOff, doc.signature].filter(Boolean)), 0),
  ].join('');

  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"/><w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;

  const styles = `${XML_HEAD}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="${BODY}"/><w:szCs w:val="${BODY}"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>`;

  const documentRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${R_NS}/styles" Target="styles.xml"/>${links
    .map((url, i) => `<Relationship Id="rIdLink${i + 1}" Type="${R_NS}/hyperlink" Target="${xml(url)}" TargetMode="External"/>`)
    .join('')}</Relationships>`;

  const core = `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(`Cover letter: ${doc.position} at ${doc.company}`)}</dc:title><dc:creator>Cover Letter Studio</dc:creator></cp:coreProperties>`;

  const files = {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/document.xml': document,
    'word/styles.xml': styles,
    'word/_rels/document.xml.rels': documentRels,
    'docProps/core.xml': core,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
