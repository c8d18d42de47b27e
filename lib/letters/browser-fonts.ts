import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import greek from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import greekExt from '@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff?url';
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import type { FontSource, FontSubset } from './fonts';

const URLS: Record<FontSubset, string> = {
  latin, 'latin-ext': latinExt, cyrillic, 'cyrillic-ext': cyrillicExt, greek, 'greek-ext': greekExt, vietnamese,
};

const cache = new Map<FontSubset, Promise<Uint8Array>>();

/** The fonts packaged with the extension, fetched once per panel. */
export const browserFontSource: FontSource = (subset) => {
  let bytes = cache.get(subset);
  if (!bytes) {
    bytes = fetch(URLS[subset]).then(async (response) => {
      if (!response.ok) throw new Error(`the ${subset} font could not be loaded (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => cache.delete(subset));
    cache.set(subset, bytes);
  }
  return bytes;
};
