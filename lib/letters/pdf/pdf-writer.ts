import { zlibSync } from 'fflate';
import type { TrueTypeFont } from './truetype';

/**
 * A small PDF writer: pages of positioned text in embedded TrueType fonts, as Type0/Identity-H fonts
 * with a ToUnicode map so the text can be selected, searched and read by screen readers. It is all a
 * cover letter needs, and replaces pdf-lib (with its standard fonts and PNG code) in the export.
 */

/** A font as placed in one PDF: characters in, glyph ids out; remembers which glyphs the PDF uses. */
export class PdfFont {
  /** Glyph id → the text it stands for (for ToUnicode). */
  readonly used = new Map<number, string>();

  constructor(
    readonly font: TrueTypeFont,
    readonly resourceName: string,
  ) {}

  has(char: string): boolean {
    return this.font.glyphId(char.codePointAt(0)!) !== 0;
  }

  /** Width of `text` at size 1, in points. */
  width(text: string): number {
    let units = 0;
    for (const char of text) units += this.font.advance(this.font.glyphId(char.codePointAt(0)!));
    return units / this.font.unitsPerEm;
  }

  /** The hex string of glyph ids for a text operator. */
  encode(text: string): string {
    let hex = '';
    for (const char of text) {
      const id = this.font.glyphId(char.codePointAt(0)!);
      if (!this.used.has(id)) this.used.set(id, char);
      hex += id.toString(16).padStart(4, '0');
    }
    return hex;
  }
}

export type Rgb = [number, number, number];

interface Page {
  size: [number, number];
  content: string[];
}

const num = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** A PDF text string: UTF-16BE with a byte-order mark, as hex, so any character survives. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

function toUnicodeCMap(used: Map<number, string>): string {
  const entries = [...used].sort((a, b) => a[0] - b[0]);
  const chunks: string[] = [];
  // At most 100 entries per bfchar block (the CMap format's limit).
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    chunks.push(`${block.length} beginbfchar\n${block.map(([id, text]) => `<${id.toString(16).padStart(4, '0')}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A six-letter subset tag (PDF 9.6.4), different for each font of one file. */
function subsetTag(index: number): string {
  let tag = '';
  for (let i = 0, n = index; i < 6; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(65 + (n % 26));
  return tag;
}

export class PdfWriter {
  private readonly pages: Page[] = [];
  private readonly fonts: PdfFont[] = [];
  private info: Record<string, string> = {};

  addFont(font: TrueTypeFont): PdfFont {
    const placed = new PdfFont(font, `F${this.fonts.length + 1}`);
    this.fonts.push(placed);
    return placed;
  }

  addPage(size: [number, number]): void {
    this.pages.push({ size, content: [] });
  }

  /** Draws one run of text on the last page; `y` is the baseline. */
  drawText(text: string, x: number, y: number, size: number, font: PdfFont, color: Rgb): void {
    const page = this.pages[this.pages.length - 1]!;
    page.content.push(`${color.map(num).join(' ')} rg BT /${font.resourceName} ${num(size)} Tf ${num(x)} ${num(y)} Td <${font.encode(text)}> Tj ET`);
  }

  setInfo(info: { title?: string; author?: string; creator?: string; producer?: string }): void {
    this.info = Object.fromEntries(Object.entries(info).filter(([, v]) => v));
  }

  save(now = new Date()): Uint8Array {
    const encoder = new TextEncoder();
    const parts: Uint8Array[] = [];
    const offsets: number[] = [];
    let length = 0;
    const write = (chunk: string | Uint8Array) => {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      parts.push(bytes);
      length += bytes.length;
    };
    let nextId = 1;
    const reserve = () => nextId++;
    const object = (id: number, body: string) => {
      offsets[id] = length;
      write(`${id} 0 obj\n${body}\nendobj\n`);
    };
    const stream = (id: number, data: Uint8Array, extra = '') => {
      const packed = zlibSync(data, { level: 9 });
      offsets[id] = length;
      write(`${id} 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode${extra} >>\nstream\n`);
      write(packed);
      write('\nendstream\nendobj\n');
    };

    write('%PDF-1.7\n');
    write(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])); // bytes above 127: tells tools the file is binary
    const catalogId = reserve();
    const pagesId = reserve();
    const infoId = reserve();
    const fontIds = this.fonts.map(() => reserve());
    const pageIds = this.pages.map(() => reserve());
    const fontResources = this.fonts.map((f, i) => `/${f.resourceName} ${fontIds[i]} 0 R`).join(' ');

    object(catalogId, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
    object(pagesId, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
    const infoEntries = Object.entries({ Title: this.info.title, Author: this.info.author, Creator: this.info.creator, Producer: this.info.producer })
      .filter(([, v]) => v)
      .map(([k, v]) => `/${k} ${textString(v!)}`);
    const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    object(infoId, `<< ${infoEntries.join(' ')} /CreationDate (D:${stamp}Z) >>`);

    this.pages.forEach((page, i) => {
      const contentId = reserve();
      object(pageIds[i]!, `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(page.size[0])} ${num(page.size[1])}] /Resources << /Font << ${fontResources} >> >> /Contents ${contentId} 0 R >>`);
      stream(contentId, encoder.encode(page.content.join('\n')));
    });

    this.fonts.forEach((placed, i) => {
      const { font } = placed;
      const scale = 1000 / font.unitsPerEm;
      const name = `${subsetTag(i)}+${font.postScriptName}`;
      const cidId = reserve();
      const descriptorId = reserve();
      const fileId = reserve();
      const toUnicodeId = reserve();
      const ids = [...placed.used.keys()].sort((a, b) => a - b);
      const widths = ids.map((id) => `${id} [${Math.round(font.advance(id) * scale)}]`).join(' ');
      object(fontIds[i]!, `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidId} 0 R] /ToUnicode ${toUnicodeId} 0 R >>`);
      object(cidId, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`);
      const [x0, y0, x1, y1] = font.bbox.map((v) => Math.round(v * scale));
      object(descriptorId, `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${x0} ${y0} ${x1} ${y1}] /ItalicAngle 0 /Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)} /CapHeight ${Math.round(font.capHeight * scale)} /StemV 80 /FontFile2 ${fileId} 0 R >>`);
      const program = font.subset(ids);
      stream(fileId, program, ` /Length1 ${program.length}`);
      stream(toUnicodeId, encoder.encode(toUnicodeCMap(placed.used)));
    });

    const xrefAt = length;
    const count = nextId;
    let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let id = 1; id < count; id++) xref += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
    write(xref);
    write(`trailer\n<< /Size ${count} /Root ${catalogId} 0 R /Info ${infoId} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);

    const out = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
