import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { nodeFontSource } from '../node-fonts';
import { TrueTypeFont } from './truetype';

/** fontkit (a test-only dependency now) is an independent reader of what we write. */
const readBack = (bytes: Uint8Array) => fontkit.create(bytes as never) as unknown as {
  numGlyphs: number;
  getGlyph(id: number): { path: { commands: unknown[] }; advanceWidth: number };
};

describe('TrueTypeFont', () => {
  it('finds glyphs and widths the way fontkit does, and knows what it cannot draw', async () => {
    const bytes = await nodeFontSource('latin');
    const font = TrueTypeFont.parse(bytes);
    const reference = fontkit.create(bytes as never) as unknown as { glyphForCodePoint(c: number): { id: number; advanceWidth: number } };
    for (const char of 'Aaé ß€—') {
      const expected = reference.glyphForCodePoint(char.codePointAt(0)!);
      expect(font.glyphId(char.codePointAt(0)!), char).toBe(expected.id);
      expect(font.advance(expected.id), char).toBe(expected.advanceWidth);
    }
    expect(font.glyphId('Д'.codePointAt(0)!)).toBe(0);
    expect(TrueTypeFont.parse(await nodeFontSource('cyrillic')).glyphId('Д'.codePointAt(0)!)).toBeGreaterThan(0);
  });

  it('keeps the outlines of the glyphs used (and the parts of accented ones) and empties the rest', async () => {
    const font = TrueTypeFont.parse(await nodeFontSource('latin'));
    const [a, e, b] = ['A', 'é', 'B'].map((c) => font.glyphId(c.codePointAt(0)!));
    const subset = readBack(font.subset([a!, e!]));
    expect(subset.getGlyph(a!).path.commands.length).toBeGreaterThan(0);
    expect(subset.getGlyph(e!).path.commands.length).toBeGreaterThan(0);
    expect(subset.getGlyph(b!).path.commands).toEqual([]);
    expect(subset.getGlyph(b!).advanceWidth).toBe(font.advance(b!));
  });

  it('says so when the bytes are not a font', () => {
    expect(() => TrueTypeFont.parse(new TextEncoder().encode('not a font at all'))).toThrow(/not a TrueType or WOFF font/);
  });
});
