import type { Settings } from '../schema';
import { FONT_SUBSETS, type FontSource, type FontSubset } from './fonts';
import type { LetterDocument } from './letter-document';
import { PdfWriter, type PdfFont, type Rgb } from './pdf/pdf-writer';
import { TrueTypeFont } from './pdf/truetype';

/** Points (1/72 inch). */
const PAGE_SIZES: Record<Settings['paperSize'], [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
const MARGIN = 72;
const BODY_SIZE = 11;
const NAME_SIZE = 18;
const SMALL_SIZE = 9.5;
const LINE_HEIGHT = 1.45;
const PARAGRAPH_GAP = 0.7 * BODY_SIZE;
/** Shown in place of a character no packaged font has (emoji, CJK, Devanagari). */
const REPLACEMENT = '?';

export interface PdfOptions {
  paperSize: Settings['paperSize'];
  fonts: FontSource;
}

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters no packaged font can show; the PDF has "?" there. Shown to the user, never hidden. */
  missingCharacters: string[];
}

interface CoverageFont {
  subset: FontSubset;
  font: TrueTypeFont;
}

/** Parsed once per font source: parsing every subset for every letter of a bulk export adds up. */
const coverageCache = new WeakMap<FontSource, Promise<CoverageFont[]>>();

async function parseCoverage(fonts: FontSource): Promise<CoverageFont[]> {
  const loaded = await Promise.all(
    FONT_SUBSETS.map(async (subset): Promise<CoverageFont | null> => {
      try {
        return { subset, font: TrueTypeFont.parse(await fonts(subset)) };
      } catch {
        // A missing script font only matters for letters that use that script: they report the characters.
        return null;
      }
    }),
  );
  return loaded.filter((f): f is CoverageFont => f !== null);
}

function coverageFor(fonts: FontSource): Promise<CoverageFont[]> {
  let found = coverageCache.get(fonts);
  if (!found) {
    found = parseCoverage(fonts);
    coverageCache.set(fonts, found);
  }
  return found;
}

/** One run of text drawn with one font. */
interface Run {
  text: string;
  font: PdfFont;
}

/** Splits text into runs by which subset font has each character, loading subsets only when needed. */
class Shaper {
  readonly missing = new Set<string>();
  private readonly embedded = new Map<FontSubset, PdfFont>();
  private readonly fontFor = new Map<string, FontSubset | null>();

  constructor(private readonly pdf: PdfWriter, private readonly coverage: CoverageFont[]) {}

  /** Run once over all the text first: it picks the fonts the letter needs. */
  prepare(text: string): void {
    const latin = this.coverage.find((f) => f.subset === 'latin')!;
    this.embedded.set('latin', this.pdf.addFont(latin.font));
    for (const char of new Set(Array.from(text))) {
      if (/\s/.test(char)) continue;
      const found = this.coverage.find((f) => f.font.glyphId(char.codePointAt(0)!) !== 0);
      this.fontFor.set(char, found?.subset ?? null);
      if (!found) this.missing.add(char);
      else if (!this.embedded.has(found.subset)) this.embedded.set(found.subset, this.pdf.addFont(found.font));
    }
  }

  runs(text: string): Run[] {
    const latin = this.embedded.get('latin')!;
    const runs: Run[] = [];
    for (const char of Array.from(text)) {
      const subset = /\s/.test(char) ? null : this.fontFor.get(char);
      const font = subset ? this.embedded.get(subset)! : latin;
      const shown = subset === null && !/\s/.test(char) ? REPLACEMENT : /\s/.test(char) ? ' ' : char;
      const last = runs[runs.length - 1];
      // Spaces join the run before them: fewer text objects, and text extraction keeps the words together.
      if (last && (last.font === font || shown === ' ')) last.text += shown;
      else runs.push({ text: shown, font });
    }
    return runs;
  }

  private readonly advances = new Map<PdfFont, Map<string, number>>();

  /** Per-character advances, cached: wrapping measures the same characters many times. */
  runWidth(run: Run, size: number): number {
    let widths = this.advances.get(run.font);
    if (!widths) this.advances.set(run.font, (widths = new Map()));
    let total = 0;
    for (const char of Array.from(run.text)) {
      let advance = widths.get(char);
      if (advance === undefined) widths.set(char, (advance = run.font.width(char)));
      total += advance;
    }
    return total * size;
  }

  width(text: string, size: number): number {
    return this.runs(text).reduce((sum, run) => sum + this.runWidth(run, size), 0);
  }
}

/** Greedy word wrap; a word wider than the line (a long URL) is broken between characters. */
export function wrapLine(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const words = text.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (width(rest) > maxWidth) {
      const chars = Array.from(rest);
      let fit = 1;
      while (fit < chars.length && width(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
      lines.push(chars.slice(0, fit).join(''));
      rest = chars.slice(fit).join('');
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

class Layout {
  y: number;
  constructor(private readonly pdf: PdfWriter, private readonly shaper: Shaper, private readonly size: [number, number]) {
    pdf.addPage(size);
    this.y = size[1] - MARGIN;
  }

  get textWidth() {
    return this.size[0] - 2 * MARGIN;
  }

  /** Draws wrapped lines of one block, starting a new page when the next line would not fit. */
  block(text: string, size: number, color: Rgb = [0.1, 0.1, 0.12]) {
    const lineHeight = size * LINE_HEIGHT;
    for (const hardLine of text.normalize('NFC').split('\n')) {
      for (const line of wrapLine(hardLine, this.textWidth, (t) => this.shaper.width(t, size))) {
        if (this.y - lineHeight < MARGIN) {
          this.pdf.addPage(this.size);
          this.y = this.size[1] - MARGIN;
        }
        this.y -= lineHeight;
        let x = MARGIN;
        for (const run of this.shaper.runs(line)) {
          this.pdf.drawText(run.text, x, this.y + (lineHeight - size) / 2, size, run.font, color);
          x += this.shaper.runWidth(run, size);
        }
      }
    }
  }

  gap(points: number) {
    this.y -= points;
  }
}

export async function renderPdf(doc: LetterDocument, options: PdfOptions): Promise<PdfResult> {
  const coverage = await coverageFor(options.fonts);
  if (!coverage.some((f) => f.subset === 'latin')) {
    coverageCache.delete(options.fonts);
    throw new Error('The letter font could not be loaded. Reload the panel and try again.');
  }

  const pdf = new PdfWriter();
  pdf.setInfo({ title: `Cover letter: ${doc.position} at ${doc.company}`, author: doc.sender.name, creator: 'Cover Letter Studio', producer: 'Cover Letter Studio' });

  const shaper = new Shaper(pdf, coverage);
  const contactLine = [...doc.sender.contact, ...doc.sender.links].join('  ·  ');
  shaper.prepare([doc.sender.name, contactLine, doc.date, ...doc.recipient, doc.greeting, ...doc.paragraphs, doc.signOff, doc.signature].join('\n').normalize('NFC'));

  const layout = new Layout(pdf, shaper, PAGE_SIZES[options.paperSize]);
  const muted: Rgb = [0.35, 0.37, 0.42];
  if (doc.sender.name) layout.block(doc.sender.name, NAME_SIZE);
  if (contactLine) layout.block(contactLine, SMALL_SIZE, muted);
  layout.gap(BODY_SIZE * 2);
  layout.block(doc.date, BODY_SIZE);
  layout.gap(PARAGRAPH_GAP);
  if (doc.recipient.length) {
    layout.block(doc.recipient.join('\n'), BODY_SIZE);
    layout.gap(PARAGRAPH_GAP);
  }
  layout.block(doc.greeting, BODY_SIZE);
  for (const paragraph of doc.paragraphs) {
    layout.gap(PARAGRAPH_GAP);
    layout.block(paragraph, BODY_SIZE);
  }
  layout.gap(PARAGRAPH_GAP);
  layout.block(doc.signOff, BODY_SIZE);
  if (doc.signature) layout.block(doc.signature, BODY_SIZE);

  return { bytes: pdf.save(), missingCharacters: [...shaper.missing] };
}
