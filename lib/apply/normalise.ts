/**
 * Text as the form vocabulary and page matching compare it. Its own module: the background needs
 * only this, and importing vocabulary.ts would bring its word patterns into the service worker.
 */

/** Lower case, no diacritics, separators and camelCase as spaces. */
export function normalise(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    // Letters NFD does not decompose.
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9?]+/g, ' ')
    .trim();
}
