/**
 * Noto Sans ships as one file per script. The PDF embeds only the subsets a letter needs, each
 * itself subset to the glyphs used, so a Latin letter stays small and "Дмитрий" still renders.
 * WOFF 1 (zlib, which fflate reads; WOFF2 needs a Brotli decoder). Only scripts that need no
 * shaping engine (pdf/truetype.ts has none): Devanagari was dropped with fontkit, and its
 * characters are reported like any other the PDF cannot show.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

/** Where font bytes come from: URLs in the extension, files in Node (tests, benchmarks). */
export type FontSource = (subset: FontSubset) => Promise<Uint8Array>;
