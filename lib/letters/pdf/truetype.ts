import { unzlibSync } from 'fflate';

/**
 * Just enough of a TrueType font for a PDF: which glyph draws a character, how wide it is, and a
 * copy of the font that keeps only the glyphs a letter uses. It replaces fontkit (700 KB of the
 * 1.15 MB PDF chunk): a letter needs no shaping engine for the scripts we ship fonts for (Latin,
 * Cyrillic, Greek, Vietnamese; text is drawn NFC-normalized, so accents are precomposed glyphs).
 */
export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: [number, number, number, number];
  readonly postScriptName: string;
  private readonly numGlyphs: number;
  private readonly numberOfHMetrics: number;
  private readonly glyphOffsets: Uint32Array;
  private readonly cmap: (codePoint: number) => number;

  private constructor(private readonly tables: Map<string, Uint8Array>) {
    const head = this.view('head');
    this.unitsPerEm = head.getUint16(18);
    this.bbox = [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)];
    const longOffsets = head.getInt16(50) === 1;
    const hhea = this.view('hhea');
    this.ascent = hhea.getInt16(4);
    this.descent = hhea.getInt16(6);
    this.numberOfHMetrics = hhea.getUint16(34);
    this.numGlyphs = this.view('maxp').getUint16(4);
    const os2 = tables.get('OS/2');
    this.capHeight = os2 && os2.length >= 90 ? new DataView(os2.buffer, os2.byteOffset).getInt16(88) : this.ascent;
    const loca = this.view('loca');
    this.glyphOffsets = new Uint32Array(this.numGlyphs + 1);
    for (let i = 0; i <= this.numGlyphs; i++) this.glyphOffsets[i] = longOffsets ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2;
    this.cmap = readCmap(this.view('cmap'));
    this.postScriptName = readPostScriptName(tables.get('name')) ?? 'NotoSans-Regular';
  }

  /** A WOFF 1.0 file (what @fontsource ships) or a plain TrueType file. */
  static parse(bytes: Uint8Array): TrueTypeFont {
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const signature = data.getUint32(0);
    const tables = new Map<string, Uint8Array>();
    if (signature === 0x774f4646 /* wOFF */) {
      const count = data.getUint16(12);
      for (let i = 0; i < count; i++) {
        const at = 44 + i * 20;
        const tag = tagAt(data, at);
        const offset = data.getUint32(at + 4);
        const compressed = data.getUint32(at + 8);
        const length = data.getUint32(at + 12);
        const raw = bytes.subarray(offset, offset + compressed);
        tables.set(tag, compressed < length ? unzlibSync(raw) : raw);
      }
    } else if (signature === 0x00010000 || signature === 0x74727565 /* true */) {
      const count = data.getUint16(4);
      for (let i = 0; i < count; i++) {
        const at = 12 + i * 16;
        tables.set(tagAt(data, at), bytes.subarray(data.getUint32(at + 8), data.getUint32(at + 8) + data.getUint32(at + 12)));
      }
    } else {
      throw new Error('not a TrueType or WOFF font');
    }
    for (const required of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap']) {
      if (!tables.has(required)) throw new Error(`the font has no ${required} table`);
    }
    return new TrueTypeFont(tables);
  }

  /** 0 (the "missing" glyph) when the font cannot draw the character. */
  glyphId(codePoint: number): number {
    const id = this.cmap(codePoint);
    return id < this.numGlyphs ? id : 0;
  }

  /** Advance width in font units. */
  advance(glyphId: number): number {
    const hmtx = this.view('hmtx');
    return hmtx.getUint16(Math.min(glyphId, this.numberOfHMetrics - 1) * 4);
  }

  /**
   * The font with every glyph but `used` (and the parts of composite glyphs, and glyph 0) emptied.
   * Glyph ids stay the same, so text can be written as glyph ids (Identity-H) without a new cmap.
   */
  subset(used: Iterable<number>): Uint8Array {
    const keep = new Set<number>([0]);
    const pending = [...used];
    while (pending.length) {
      const id = pending.pop()!;
      if (keep.has(id)) continue;
      keep.add(id);
      for (const part of this.components(id)) if (!keep.has(part)) pending.push(part);
    }
    const glyf = this.tables.get('glyf')!;
    const ids = [...keep].filter((id) => id < this.numGlyphs).sort((a, b) => a - b);
    let size = 0;
    for (const id of ids) size += pad4(this.glyphOffsets[id + 1]! - this.glyphOffsets[id]!);
    const newGlyf = new Uint8Array(size);
    const newLoca = new DataView(new ArrayBuffer((this.numGlyphs + 1) * 4));
    let at = 0;
    let next = 0;
    for (let id = 0; id < this.numGlyphs; id++) {
      newLoca.setUint32(id * 4, at);
      if (ids[next] === id) {
        next++;
        const glyph = glyf.subarray(this.glyphOffsets[id]!, this.glyphOffsets[id + 1]!);
        newGlyf.set(glyph, at);
        at += pad4(glyph.length);
      }
    }
    newLoca.setUint32(this.numGlyphs * 4, at);
    const head = this.tables.get('head')!.slice();
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, set below
    headView.setInt16(50, 1); // long loca offsets
    const out = new Map<string, Uint8Array>([
      ['glyf', newGlyf],
      ['head', head],
      ['hhea', this.tables.get('hhea')!],
      ['hmtx', this.tables.get('hmtx')!],
      ['loca', new Uint8Array(newLoca.buffer)],
      ['maxp', this.tables.get('maxp')!],
    ]);
    // Hinting programs, when a font has them, belong with its glyphs.
    for (const tag of ['cvt ', 'fpgm', 'prep']) if (this.tables.has(tag)) out.set(tag, this.tables.get(tag)!);
    return writeSfnt(out);
  }

  private components(id: number): number[] {
    const start = this.glyphOffsets[id]!;
    const end = this.glyphOffsets[id + 1]!;
    if (end - start < 10) return [];
    const glyf = this.view('glyf');
    if (glyf.getInt16(start) >= 0) return [];
    const parts: number[] = [];
    let at = start + 10;
    for (;;) {
      const flags = glyf.getUint16(at);
      parts.push(glyf.getUint16(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) return parts;
    }
  }

  private view(tag: string): DataView {
    const table = this.tables.get(tag)!;
    return new DataView(table.buffer, table.byteOffset, table.byteLength);
  }
}

const pad4 = (n: number) => (n + 3) & ~3;

function tagAt(data: DataView, at: number): string {
  return String.fromCharCode(data.getUint8(at), data.getUint8(at + 1), data.getUint8(at + 2), data.getUint8(at + 3));
}

/** Unicode cmap subtables: format 12 (all planes) preferred, else format 4 (BMP). */
function readCmap(cmap: DataView): (codePoint: number) => number {
  const count = cmap.getUint16(2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(offset);
    if (format === 12) format12 = offset;
    else if (format === 4) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = cmap.getUint32(format12 + 12);
    return (codePoint) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = format12 + 16 + mid * 12;
        if (codePoint < cmap.getUint32(at)) hi = mid - 1;
        else if (codePoint > cmap.getUint32(at + 4)) lo = mid + 1;
        else return cmap.getUint32(at + 8) + codePoint - cmap.getUint32(at);
      }
      return 0;
    };
  }
  if (format4 < 0) throw new Error('the font has no Unicode character map');
  const segments = cmap.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > cmap.getUint16(ends + i * 2)) continue;
      const start = cmap.getUint16(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = cmap.getUint16(deltas + i * 2);
      const rangeOffset = cmap.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = cmap.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Name id 6 from the name table (Windows Unicode or Mac Roman record). */
function readPostScriptName(name: Uint8Array | undefined): string | null {
  if (!name) return null;
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const count = view.getUint16(2);
  const strings = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    if (view.getUint16(at + 6) !== 6) continue;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    let text = '';
    if (platform === 3 || platform === 0) for (let c = 0; c < length; c += 2) text += String.fromCharCode(view.getUint16(offset + c));
    else for (let c = 0; c < length; c++) text += String.fromCharCode(view.getUint8(offset + c));
    const clean = text.replace(/[^A-Za-z0-9-]/g, '');
    if (clean) return clean;
  }
  return null;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(pad4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function writeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + tags.length * 16;
  let size = headerSize;
  for (const tag of tags) size += pad4(tables.get(tag)!.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - 16 * 2 ** entrySelector);
  let offset = headerSize;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(at + c, tag.charCodeAt(c));
    view.setUint32(at + 4, checksum(table));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.length);
    out.set(table, offset);
    if (tag === 'head') headOffset = offset;
    offset += pad4(table.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
