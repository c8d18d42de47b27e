import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { findSiteAdapter, type AdapterFields } from './adapters';
import { htmlFragmentToText } from './html-string';
import { elementToText } from './html-to-text';

/** Test-only helpers: documents built the way the content script sees them, without running scripts. */

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function documentFromHtml(html: string, url: string): Document {
  // No runScripts and no resources: the saved pages must not execute or fetch anything.
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}

export function loadFixture(name: string, url: string): Document {
  return documentFromHtml(readFileSync(path.join(FIXTURES_DIR, name), 'utf8'), url);
}

/** A whole page around `body` at `url`. */
export function adapterPage(url: string, body: string, head = ''): Document {
  return documentFromHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
}

/** The site adapter that recognises `url`, by its slug. */
export function siteAt(url: string): string | undefined {
  return findSiteAdapter(new URL(url), adapterPage(url, ''))?.site;
}

/** What the adapter for `url` reads from the page; throws when no adapter recognises the address. */
export function readWithAdapter(url: string, body: string, head = ''): AdapterFields | null {
  const document = adapterPage(url, body, head);
  const adapter = findSiteAdapter(new URL(url), document);
  if (adapter === undefined) throw new Error(`no adapter recognises ${url}`);
  return adapter.extract(document);
}

/** Text of `html` read both ways (the page's DOM walk and the JSON-LD string reader); fails if they differ. */
export function readBothWays(html: string): string {
  const document = adapterPage('https://jobs.example.com/1', `<div id="root">${html}</div>`);
  const fromDom = elementToText(document.getElementById('root')!);
  const fromString = htmlFragmentToText(html);
  // Thrown, not expect(): bench/extract.bench.ts loads this file outside vitest.
  if (fromString !== fromDom) throw new Error(`The two readers differ.\nDOM:    ${JSON.stringify(fromDom)}\nstring: ${JSON.stringify(fromString)}`);
  return fromDom;
}
