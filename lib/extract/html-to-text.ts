import { decodeEntities, htmlFragmentToText } from './html-string';
import { normalizeBlockText } from './text';
import { BLOCK_TAGS, LINE_TAGS, TextBuilder } from './text-builder';

/**
 * Turns rendered or embedded HTML into the plain text a cover-letter prompt wants: paragraphs
 * separated by blank lines, list items as "• item" lines, no markup.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD',
  'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'FORM', 'DIALOG',
]);

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function walk(node: Node, out: TextBuilder, listDepth: number, dropSelector: string | null): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.appendText(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(element)) continue;
    if (dropSelector !== null && element.matches(dropSelector)) continue;

    if (tag === 'BR') {
      out.lineBreak();
    } else if (tag === 'LI') {
      out.startListItem();
      walk(element, out, listDepth + 1, dropSelector);
      out.endListItem();
    } else if (BLOCK_TAGS.has(tag)) {
      // Inside a list item a paragraph is a continuation line, not a new paragraph.
      out.requestBreak(listDepth > 0 ? 1 : 2);
      walk(element, out, listDepth, dropSelector);
      out.requestBreak(listDepth > 0 ? 1 : 2);
    } else if (LINE_TAGS.has(tag)) {
      out.requestBreak(1);
      walk(element, out, listDepth, dropSelector);
      out.requestBreak(1);
    } else {
      if (tag === 'TD' || tag === 'TH') out.appendText(' ');
      walk(element, out, listDepth, dropSelector);
    }
  }
}

export interface ElementTextOptions {
  /** Elements matching this selector are left out (e.g. a site's machine-written summary). */
  readonly drop?: string;
}

/** Readable text of an element, paragraphs and list items kept. Does not touch the element. */
export function elementToText(root: Node, options: ElementTextOptions = {}): string {
  const out = new TextBuilder();
  walk(root, out, 0, options.drop ?? null);
  return out.toString();
}

const ENCODED_TAG = /&(?:amp;)*lt;\s*\/?\s*[a-z][a-z0-9]*/i;
const REAL_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

export { decodeEntities } from './html-string';

/**
 * Text of an HTML string found in structured data. Handles entity-encoded HTML ("&lt;p&gt;") and
 * double-encoded HTML ("&amp;lt;p&amp;gt;"), and plain text with newlines. Never parses into a DOM
 * (see html-string.ts: Trusted Types pages forbid it), so page scripts and images never run.
 */
export function htmlStringToText(source: string, options: { dropMachineSummaries?: boolean } = {}): string {
  let html = source;
  // Bounded: a string encoded three times over is the worst seen in the wild.
  for (let round = 0; round < 3 && !REAL_TAG.test(html) && ENCODED_TAG.test(html); round++) {
    html = decodeEntities(html);
  }
  if (!REAL_TAG.test(html)) return normalizeBlockText(decodeEntities(html));
  return htmlFragmentToText(html, options);
}
