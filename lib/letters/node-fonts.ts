import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSource } from './fonts';

/** Tests and benchmarks only: the same font files, read from node_modules. */
const require = createRequire(import.meta.url);

export const nodeFontSource: FontSource = async (subset) =>
  new Uint8Array(await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff`)));
