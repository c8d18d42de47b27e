import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

/** Test-only helpers: documents built the way the content script sees them, without running scripts. */

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function documentFromHtml(html: string, url: string): Document {
  // No runScripts and no resources: the saved pages must not execute or fetch anything.
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}

export function loadFixture(name: string, url: string): Document {
  return documentFromHtml(readFileSync(path.join(FIXTURES_DIR, name), 'utf8'), url);
}
