import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** A fixture page as its own document (its own window), the way a frame sees it. */
export function loadForm(name: string): Document {
  const html = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return new JSDOM(html, { pretendToBeVisual: true }).window.document;
}

export function formFrom(html: string): Document {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { pretendToBeVisual: true }).window.document;
}

/** How a test names a field: its id, else its name. */
export const fieldName = (element: Element) => element.id || element.getAttribute('name') || element.localName;
