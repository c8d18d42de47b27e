import { unzlibSync, inflateSync } from 'fflate';
import type { PdfJs } from './pdf-text';

/**
 * A small PDF text reader for résumé import, in place of pdf.js (1.65 MB with its worker, most of
 * the extension's size). It is only used when the file cannot go to the model as a PDF (a local
 * server, or a model that refuses documents), and only needs the text in reading order, which
 * résumé PDFs (Word, Google Docs, LaTeX, Canva, browsers' "Save as PDF", pdf-lib) give through:
 * Flate streams, object streams, ToUnicode maps or standard encodings, and Form XObjects.
 * Anything it cannot decode becomes no text, which read-resume reports as "No text was found".
 */

type Obj = number | string | boolean | null | Name | Ref | Obj[] | Dict | Stream | Op;
class Name {
  constructor(readonly name: string) {}
}
class Ref {
  constructor(readonly num: number) {}
}
class Op {
  constructor(readonly op: string) {}
}
type Dict = Map<string, Obj>;
interface Stream {
  dict: Dict;
  data: Uint8Array;
}
/** Strings are kept as byte strings (one char per byte), as PDF defines them. */
const isStream = (o: Obj): o is Stream => typeof o === 'object' && o !== null && 'data' in o && 'dict' in o;
const isDict = (o: Obj): o is Dict => o instanceof Map;

const WHITESPACE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      if (WHITESPACE.has(b[this.pos]!)) this.pos++;
      else if (b[this.pos] === 0x25 /* % */) while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      else break;
    }
  }

  /** The next object, an operator (content streams, `obj`, `R`…) or undefined at the end. */
  next(): Obj | undefined {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos]!;
    if (c === 0x28 /* ( */) return this.literalString();
    if (c === 0x3c /* < */) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict();
      }
      return this.hexString();
    }
    if (c === 0x3e && b[this.pos + 1] === 0x3e) {
      this.pos += 2;
      return new Op('>>');
    }
    if (c === 0x5b /* [ */) {
      this.pos++;
      const items: Obj[] = [];
      for (;;) {
        const item = this.next();
        if (item === undefined || (item instanceof Op && item.op === ']')) return items;
        items.push(this.resolveRefs(items, item));
      }
    }
    if (c === 0x5d || c === 0x7b || c === 0x7d) {
      this.pos++;
      return new Op(String.fromCharCode(c));
    }
    if (c === 0x2f /* / */) {
      this.pos++;
      let name = '';
      while (this.pos < b.length && !WHITESPACE.has(b[this.pos]!) && !DELIMITERS.has(b[this.pos]!)) {
        if (b[this.pos] === 0x23 /* # */) {
          name += String.fromCharCode(parseInt(String.fromCharCode(b[this.pos + 1]!, b[this.pos + 2]!), 16));
          this.pos += 3;
        } else name += String.fromCharCode(b[this.pos++]!);
      }
      return new Name(name);
    }
    let word = '';
    while (this.pos < b.length && !WHITESPACE.has(b[this.pos]!) && !DELIMITERS.has(b[this.pos]!)) word += String.fromCharCode(b[this.pos++]!);
    if (word === '') {
      this.pos++;
      return this.next();
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return new Op(word);
  }

  /** `1 0 R` inside arrays and dictionaries becomes a Ref. */
  private resolveRefs(items: Obj[], item: Obj): Obj {
    if (item instanceof Op && item.op === 'R' && typeof items[items.length - 1] === 'number' && typeof items[items.length - 2] === 'number') {
      items.pop();
      return new Ref(items.pop() as number);
    }
    return item;
  }

  private dict(): Dict {
    const dict: Dict = new Map();
    const items: Obj[] = [];
    for (;;) {
      const item = this.next();
      if (item === undefined || (item instanceof Op && item.op === '>>')) break;
      items.push(this.resolveRefs(items, item));
    }
    for (let i = 0; i + 1 < items.length; i += 2) if (items[i] instanceof Name) dict.set((items[i] as Name).name, items[i + 1]!);
    return dict;
  }

  private literalString(): string {
    const b = this.bytes;
    this.pos++;
    let depth = 1;
    let out = '';
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c /* \ */) {
        const e = b[this.pos++]!;
        const simple: Record<number, string> = { 110: '\n', 114: '\r', 116: '\t', 98: '\b', 102: '\f', 40: '(', 41: ')', 92: '\\' };
        if (simple[e] !== undefined) out += simple[e];
        else if (e >= 0x30 && e <= 0x37) {
          let octal = String.fromCharCode(e);
          while (octal.length < 3 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37) octal += String.fromCharCode(b[this.pos++]!);
          out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        } else if (e === 13) {
          if (b[this.pos] === 10) this.pos++;
        } else if (e !== 10) out += String.fromCharCode(e);
      } else if (c === 0x28) {
        depth++;
        out += '(';
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out += ')';
      } else out += String.fromCharCode(c);
    }
    return out;
  }

  private hexString(): string {
    const b = this.bytes;
    this.pos++;
    let hex = '';
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const c = b[this.pos++]!;
      if (!WHITESPACE.has(c)) hex += String.fromCharCode(c);
    }
    this.pos++;
    if (hex.length % 2) hex += '0';
    let out = '';
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return out;
  }
}

function decodeStream(stream: Stream): Uint8Array {
  const filter = stream.dict.get('Filter');
  const filters = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((f) => (f as Name).name);
  let data = stream.data;
  for (const f of filters) {
    if (f !== 'FlateDecode' && f !== 'Fl') throw new Error(`unsupported filter ${f}`);
    try {
      data = unzlibSync(data);
    } catch {
      data = inflateSync(data.subarray(2));
    }
  }
  return data;
}

class PdfFile {
  private readonly offsets = new Map<number, number>();
  private readonly cache = new Map<number, Obj>();
  private readonly inObjectStreams = new Map<number, { stream: number; index: number }>();

  constructor(readonly bytes: Uint8Array) {
    // Every "n g obj" in the file, later ones winning (incremental updates append new versions):
    // sturdier than trusting the cross-reference table, which broken files get wrong.
    const text = latin1(bytes);
    for (const match of text.matchAll(/(?:^|[\s>])(\d+)\s+\d+\s+obj\b/g)) this.offsets.set(Number(match[1]), match.index! + match[0].length);
    for (const [num] of this.offsets) {
      const obj = this.get(num);
      if (!isStream(obj) || (obj.dict.get('Type') as Name | undefined)?.name !== 'ObjStm') continue;
      try {
        const data = decodeStream(obj);
        const lexer = new Lexer(data);
        const n = obj.dict.get('N') as number;
        for (let i = 0; i < n; i++) {
          const objNum = lexer.next() as number;
          lexer.next();
          if (!this.offsets.has(objNum)) this.inObjectStreams.set(objNum, { stream: num, index: i });
        }
      } catch {
        // An unreadable object stream only loses the objects inside it.
      }
    }
  }

  get(num: number): Obj {
    if (this.cache.has(num)) return this.cache.get(num)!;
    this.cache.set(num, null);
    let value: Obj = null;
    const offset = this.offsets.get(num);
    if (offset !== undefined) value = this.parseAt(offset);
    else {
      const where = this.inObjectStreams.get(num);
      if (where) value = this.fromObjectStream(where.stream, where.index);
    }
    this.cache.set(num, value);
    return value;
  }

  resolve(obj: Obj | undefined): Obj {
    return obj instanceof Ref ? this.get(obj.num) : (obj ?? null);
  }

  private parseAt(offset: number): Obj {
    const lexer = new Lexer(this.bytes, offset);
    const value = lexer.next() ?? null;
    if (!isDict(value)) return value;
    const save = lexer.pos;
    const keyword = lexer.next();
    if (!(keyword instanceof Op) || keyword.op !== 'stream') {
      lexer.pos = save;
      return value;
    }
    let start = lexer.pos;
    if (this.bytes[start] === 13) start++;
    if (this.bytes[start] === 10) start++;
    const length = this.resolve(value.get('Length'));
    let end = typeof length === 'number' ? start + length : -1;
    if (end < 0 || end > this.bytes.length || !latin1(this.bytes.subarray(end, end + 12)).includes('endstream')) {
      end = latin1(this.bytes.subarray(start)).indexOf('endstream');
      end = end < 0 ? this.bytes.length : start + end;
    }
    return { dict: value, data: this.bytes.subarray(start, end) };
  }

  private fromObjectStream(streamNum: number, index: number): Obj {
    const stream = this.get(streamNum);
    if (!isStream(stream)) return null;
    const data = decodeStream(stream);
    const lexer = new Lexer(data);
    const pairs: number[] = [];
    for (let i = 0; i < (stream.dict.get('N') as number); i++) {
      lexer.next();
      pairs.push(lexer.next() as number);
    }
    const first = stream.dict.get('First') as number;
    return new Lexer(data, first + pairs[index]!).next() ?? null;
  }

  /** Pages in order, through the page tree from the catalog; with their inherited resources. */
  pages(): { page: Dict; resources: Dict }[] {
    let catalog: Dict | null = null;
    for (const [num] of [...this.offsets, ...this.inObjectStreams]) {
      const obj = this.get(num);
      if (isDict(obj) && (obj.get('Type') as Name | undefined)?.name === 'Catalog') catalog = obj;
    }
    const out: { page: Dict; resources: Dict }[] = [];
    const seen = new Set<Dict>();
    const walk = (node: Obj, inherited: Dict) => {
      if (!isDict(node) || seen.has(node)) return;
      seen.add(node);
      const resources = (this.resolve(node.get('Resources')) as Dict | null) ?? inherited;
      const kids = this.resolve(node.get('Kids'));
      if (Array.isArray(kids)) for (const kid of kids) walk(this.resolve(kid), isDict(resources) ? resources : inherited);
      else out.push({ page: node, resources: isDict(resources) ? resources : new Map() });
    };
    if (catalog) walk(this.resolve(catalog.get('Pages')), new Map());
    return out;
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circumflex: '\u0302', dieresis: '\u0308', tilde: '\u0303', ring: '\u030a', cedilla: '\u0327', caron: '\u030c', macron: '\u0304', breve: '\u0306', ogonek: '\u0328', dotaccent: '\u0307', hungarumlaut: '\u030b' };
const GLYPHS: Record<string, string> = {
  space: ' ', exclam: '!', quotedbl: '"', numbersign: '#', dollar: '$', percent: '%', ampersand: '&', quotesingle: "'", quoteright: '’', quoteleft: '‘',
  parenleft: '(', parenright: ')', asterisk: '*', plus: '+', comma: ',', hyphen: '-', period: '.', slash: '/', colon: ':', semicolon: ';', less: '<',
  equal: '=', greater: '>', question: '?', at: '@', bracketleft: '[', backslash: '\\', bracketright: ']', asciicircum: '^', underscore: '_', grave: '`',
  braceleft: '{', bar: '|', braceright: '}', asciitilde: '~', bullet: '•', endash: '–', emdash: '—', quotedblleft: '“', quotedblright: '”', quotesinglbase: '‚',
  quotedblbase: '„', ellipsis: '…', fi: 'fi', fl: 'fl', ff: 'ff', ffi: 'ffi', ffl: 'ffl', germandbls: 'ß', lslash: 'ł', Lslash: 'Ł', oslash: 'ø', Oslash: 'Ø',
  ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', dotlessi: 'ı', copyright: '©', registered: '®', trademark: '™', degree: '°', section: '§', paragraph: '¶', Euro: '€',
  sterling: '£', yen: '¥', cent: '¢', periodcentered: '·', minus: '−', multiply: '×', divide: '÷', nbspace: ' ', uni00A0: ' ',
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/** A glyph name (Adobe Glyph List conventions) → its text, or '' when unknown. */
export function glyphNameText(name: string): string {
  const base = name.split('.')[0]!.split('_')[0]!;
  if (GLYPHS[base] !== undefined) return GLYPHS[base]!;
  if (/^[A-Za-z]$/.test(base)) return base;
  const uni = /^uni([0-9A-F]{4})+$/i.exec(base) ? base.slice(3).match(/.{4}/g)!.map((h) => String.fromCharCode(parseInt(h, 16))).join('') : null;
  if (uni) return uni;
  const u = /^u([0-9A-F]{4,6})$/i.exec(base);
  if (u) return String.fromCodePoint(parseInt(u[1]!, 16));
  const accented = /^([A-Za-z])(acute|grave|circumflex|dieresis|tilde|ring|cedilla|caron|macron|breve|ogonek|dotaccent|hungarumlaut)$/.exec(base);
  if (accented) return (accented[1]! + ACCENTS[accented[2]!]).normalize('NFC');
  return '';
}

interface Font {
  /** Splits a string operand into character codes. */
  codes(bytes: string): number[];
  text(code: number): string;
  /** Advance of a code in text space units per 1 of font size. */
  width(code: number): number;
}

const winAnsi = new TextDecoder('windows-1252');
const macRoman = (() => {
  try {
    return new TextDecoder('macintosh');
  } catch {
    return winAnsi;
  }
})();

function parseToUnicode(data: string): { map: Map<number, string>; twoByte: boolean | null } {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    let s = '';
    for (let i = 0; i + 3 < hex.length + 1; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4).padEnd(4, '0'), 16));
    return s;
  };
  let twoByte: boolean | null = null;
  const space = /begincodespacerange\s*<([0-9a-f]+)>/i.exec(data);
  if (space) twoByte = space[1]!.length > 2;
  for (const block of data.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]*)>/gi)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of data.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(?:<([0-9a-f]*)>|\[([^\]]*)\])/gi)) {
      const lo = parseInt(m[1]!, 16);
      const hi = Math.min(parseInt(m[2]!, 16), lo + 0xffff);
      if (m[3] !== undefined) {
        const start = utf16(m[3]);
        const last = start.charCodeAt(start.length - 1);
        for (let c = lo; c <= hi; c++) map.set(c, start.slice(0, -1) + String.fromCharCode(last + c - lo));
      } else {
        const targets = [...m[4]!.matchAll(/<([0-9a-f]*)>/gi)].map((t) => utf16(t[1]!));
        targets.forEach((t, i) => map.set(lo + i, t));
      }
    }
  }
  return { map, twoByte };
}

function loadFont(file: PdfFile, fontDict: Dict): Font {
  const subtype = (fontDict.get('Subtype') as Name | undefined)?.name;
  const toUnicodeStream = file.resolve(fontDict.get('ToUnicode'));
  let toUnicode: ReturnType<typeof parseToUnicode> | null = null;
  if (isStream(toUnicodeStream)) {
    try {
      toUnicode = parseToUnicode(latin1(decodeStream(toUnicodeStream)));
    } catch {
      toUnicode = null;
    }
  }
  if (subtype === 'Type0') {
    const descendant = file.resolve((file.resolve(fontDict.get('DescendantFonts')) as Obj[] | null)?.[0]);
    const widths = new Map<number, number>();
    let defaultWidth = 1000;
    if (isDict(descendant)) {
      defaultWidth = (file.resolve(descendant.get('DW')) as number | null) ?? 1000;
      const w = file.resolve(descendant.get('W'));
      if (Array.isArray(w)) {
        for (let i = 0; i < w.length; ) {
          const first = file.resolve(w[i]) as number;
          const next = file.resolve(w[i + 1]);
          if (Array.isArray(next)) {
            next.forEach((v, k) => widths.set(first + k, file.resolve(v) as number));
            i += 2;
          } else {
            const last = next as number;
            const value = file.resolve(w[i + 2]) as number;
            for (let c = first; c <= last && c - first < 0x10000; c++) widths.set(c, value);
            i += 3;
          }
        }
      }
    }
    const twoByte = toUnicode?.twoByte ?? true;
    return {
      codes: (s) => {
        const out: number[] = [];
        if (!twoByte) for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
        else for (let i = 0; i + 1 < s.length; i += 2) out.push((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
        return out;
      },
      text: (code) => toUnicode?.map.get(code) ?? '',
      width: (code) => (widths.get(code) ?? defaultWidth) / 1000,
    };
  }
  // Simple fonts: one byte per code.
  const firstChar = (file.resolve(fontDict.get('FirstChar')) as number | null) ?? 0;
  const widthList = file.resolve(fontDict.get('Widths'));
  const encoding = file.resolve(fontDict.get('Encoding'));
  const differences = new Map<number, string>();
  let base = 'WinAnsiEncoding';
  if (encoding instanceof Name) base = encoding.name;
  else if (isDict(encoding)) {
    base = (encoding.get('BaseEncoding') as Name | undefined)?.name ?? base;
    const diffs = file.resolve(encoding.get('Differences'));
    if (Array.isArray(diffs)) {
      let code = 0;
      for (const d of diffs) {
        if (typeof d === 'number') code = d;
        else if (d instanceof Name) differences.set(code++, glyphNameText(d.name));
      }
    }
  }
  const decoder = base === 'MacRomanEncoding' ? macRoman : winAnsi;
  return {
    codes: (s) => Array.from(s, (c) => c.charCodeAt(0)),
    text: (code) => {
      const mapped = toUnicode?.map.get(code);
      if (mapped !== undefined) return mapped;
      if (differences.has(code)) return differences.get(code)!;
      if (code < 32) return '';
      return decoder.decode(new Uint8Array([code]));
    },
    width: (code) => {
      const w = Array.isArray(widthList) ? file.resolve(widthList[code - firstChar]) : null;
      return typeof w === 'number' ? w / 1000 : 0.5;
    },
  };
}

interface TextItem {
  str: string;
  hasEOL: boolean;
}

/** Text of one content stream (and the forms it draws), as pdf.js-like items. */
function pageText(file: PdfFile, content: Uint8Array, resources: Dict, items: TextItem[], depth = 0): void {
  const fonts = new Map<string, Font>();
  const fontDicts = file.resolve(resources.get('Font'));
  const fontFor = (name: string): Font | null => {
    if (!fonts.has(name)) {
      const dict = isDict(fontDicts) ? file.resolve(fontDicts.get(name)) : null;
      if (!isDict(dict)) return null;
      fonts.set(name, loadFont(file, dict));
    }
    return fonts.get(name)!;
  };
  const lexer = new Lexer(content);
  const operands: Obj[] = [];
  let font: Font | null = null;
  let size = 1;
  let charSpacing = 0;
  let wordSpacing = 0;
  let leading = 0;
  let scale = 1;
  // Text matrix (e, f and the scale a/d) and the line matrix origin.
  let tm = [1, 0, 0, 1, 0, 0];
  let line = [0, 0];
  let lastY: number | null = null;
  let lastEndX = 0;
  const emit = (text: string, startX: number, endX: number, y: number) => {
    const last = items[items.length - 1];
    if (lastY !== null && Math.abs(y - lastY) > Math.max(1, size * Math.abs(tm[3]!) * 0.5)) {
      if (last) last.hasEOL = true;
    } else if (last && !last.hasEOL && startX - lastEndX > size * 0.2 && !/\s$/.test(last.str) && !/^\s/.test(text)) {
      text = ` ${text}`;
    }
    items.push({ str: text, hasEOL: false });
    lastY = y;
    lastEndX = endX;
  };
  const show = (bytes: string) => {
    if (!font) return;
    let text = '';
    const startX = tm[4]!;
    const codes = font.codes(bytes);
    const singleByte = codes.length === bytes.length;
    for (const code of codes) {
      text += font.text(code);
      const advance = (font.width(code) * size + charSpacing + (code === 32 && singleByte ? wordSpacing : 0)) * scale;
      tm[4] = tm[4]! + advance * tm[0]!;
    }
    if (text) emit(text, startX, tm[4]!, tm[5]!);
  };
  const moveLine = (tx: number, ty: number) => {
    line = [line[0]! + tx * tm[0]! + ty * tm[2]!, line[1]! + tx * tm[1]! + ty * tm[3]!];
    tm = [tm[0]!, tm[1]!, tm[2]!, tm[3]!, line[0]!, line[1]!];
  };
  for (;;) {
    const token = lexer.next();
    if (token === undefined) break;
    if (!(token instanceof Op)) {
      operands.push(token);
      continue;
    }
    const num = (i: number) => (typeof operands[i] === 'number' ? (operands[i] as number) : 0);
    switch (token.op) {
      case 'BT':
        tm = [1, 0, 0, 1, 0, 0];
        line = [0, 0];
        break;
      case 'Tf':
        font = fontFor((operands[0] as Name | undefined)?.name ?? '');
        size = num(1);
        break;
      case 'Tc':
        charSpacing = num(0);
        break;
      case 'Tw':
        wordSpacing = num(0);
        break;
      case 'Tz':
        scale = num(0) / 100;
        break;
      case 'TL':
        leading = num(0);
        break;
      case 'Td':
        moveLine(num(0), num(1));
        break;
      case 'TD':
        leading = -num(1);
        moveLine(num(0), num(1));
        break;
      case 'Tm':
        tm = [num(0), num(1), num(2), num(3), num(4), num(5)];
        line = [num(4), num(5)];
        break;
      case 'T*':
        moveLine(0, -leading);
        break;
      case 'Tj':
        if (typeof operands[0] === 'string') show(operands[0]);
        break;
      case "'":
        moveLine(0, -leading);
        if (typeof operands[0] === 'string') show(operands[0]);
        break;
      case '"':
        wordSpacing = num(0);
        charSpacing = num(1);
        moveLine(0, -leading);
        if (typeof operands[2] === 'string') show(operands[2]);
        break;
      case 'TJ':
        for (const part of (operands[0] as Obj[] | undefined) ?? []) {
          if (typeof part === 'string') show(part);
          else if (typeof part === 'number') {
            const shift = (-part / 1000) * size * scale;
            tm[4] = tm[4]! + shift * tm[0]!;
            // A large negative kern is a word gap in PDFs that draw no space characters (LaTeX).
            const last = items[items.length - 1];
            if (part < -250 && last && !/\s$/.test(last.str)) last.str += ' ';
          }
        }
        break;
      case 'Do': {
        const xobjects = file.resolve(resources.get('XObject'));
        const form = isDict(xobjects) ? file.resolve(xobjects.get((operands[0] as Name | undefined)?.name ?? '')) : null;
        if (depth < 8 && isStream(form) && (form.dict.get('Subtype') as Name | undefined)?.name === 'Form') {
          const formResources = file.resolve(form.dict.get('Resources'));
          // A form is drawn apart from the text around it: start it on a line of its own.
          const before = items[items.length - 1];
          if (before) before.hasEOL = true;
          try {
            pageText(file, decodeStream(form), isDict(formResources) ? formResources : resources, items, depth + 1);
          } catch {
            // an unreadable form loses only its own text
          }
        }
        break;
      }
      case 'BI': {
        // Inline image: skip its binary data up to "EI".
        const data = lexer.bytes;
        let at = lexer.pos;
        while (at < data.length && !(data[at - 1] === 0x49 && data[at - 2] === 0x44 && WHITESPACE.has(data[at]!))) at++;
        while (at < data.length && !(WHITESPACE.has(data[at - 1]!) && data[at] === 0x45 && data[at + 1] === 0x49 && (at + 2 >= data.length || WHITESPACE.has(data[at + 2]!)))) at++;
        lexer.pos = at + 2;
        break;
      }
    }
    operands.length = 0;
  }
  const last = items[items.length - 1];
  if (last) last.hasEOL = true;
}

/** The same surface as pdf.js's getDocument, so extractPdfText works with either. */
export const lightPdfReader: PdfJs = {
  getDocument({ data }) {
    const promise = (async () => {
      if (latin1(data.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new Error('Invalid PDF structure.');
      const file = new PdfFile(data);
      const pages = file.pages();
      if (pages.length === 0) throw new Error('Invalid PDF structure.');
      return {
        numPages: pages.length,
        async getPage(n: number) {
          const { page, resources } = pages[n - 1]!;
          return {
            async getTextContent() {
              const items: TextItem[] = [];
              const contents = file.resolve(page.get('Contents'));
              const streams = (Array.isArray(contents) ? contents.map((c) => file.resolve(c)) : [contents]).filter(isStream);
              const parts = streams.map((s) => {
                try {
                  return decodeStream(s);
                } catch {
                  return new Uint8Array();
                }
              });
              // Content split over several streams is one stream (they may split mid-operator).
              const joined = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
              let at = 0;
              for (const part of parts) {
                joined.set(part, at);
                joined[at + part.length] = 10;
                at += part.length + 1;
              }
              pageText(file, joined, resources, items);
              return { items };
            },
          };
        },
        async destroy() {},
      };
    })();
    return { promise };
  },
};
