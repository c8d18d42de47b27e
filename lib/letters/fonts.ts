/**
 * Noto Sans ships as one file per script. The PDF embeds only the subsets a letter needs, each
 * itself subset to the glyphs used, so a Latin letter stays small and "Дмитрий" still renders.
 * WOFF (not WOFF2): fontkit's subsetter fails on some WOFF2 tables.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

/** Where font bytes come from: URLs in the extension, files in Node (tests, benchmarks). */
export type FontSource = (subset: FontSubset) => Promise<Uint8Array>;
