import { normalizeBlockText } from './text';

/**
 * Turns rendered or embedded HTML into the plain text a cover-letter prompt wants: paragraphs
 * separated by blank lines, list items as "• item" lines, no markup.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD',
  'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'FORM', 'DIALOG',
]);

const PARAGRAPH_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'HR', 'ADDRESS', 'FIELDSET',
]);

const LINE_TAGS = new Set(['TR', 'DT', 'DD', 'CAPTION', 'FIGCAPTION']);

const BULLET = '• ';

/** Accumulates text and defers line breaks until real text follows, so empty wrappers add nothing. */
class TextBuilder {
  private readonly parts: string[] = [];
  private lineHasText = false;
  private pendingBreak: 0 | 1 | 2 = 0;
  private pendingBullet = false;

  requestBreak(strength: 1 | 2): void {
    if (strength > this.pendingBreak) this.pendingBreak = strength;
  }

  /** A <br>; two in a row are how many editors write a paragraph break. */
  lineBreak(): void {
    this.pendingBreak = this.pendingBreak === 0 ? 1 : 2;
  }

  startListItem(): void {
    this.requestBreak(1);
    this.pendingBullet = true;
  }

  appendText(raw: string): void {
    let text = raw.replace(/[\s\u200b\ufeff]+/g, ' ');
    if (!this.lineHasText || this.pendingBreak > 0) text = text.trimStart();
    if (text === '') return;
    if (this.pendingBreak > 0 && this.parts.length > 0) {
      this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      this.lineHasText = false;
    }
    this.pendingBreak = 0;
    if (this.pendingBullet) {
      this.parts.push(BULLET);
      this.pendingBullet = false;
    }
    this.parts.push(text);
    this.lineHasText = true;
  }

  toString(): string {
    return normalizeBlockText(this.parts.join(''));
  }
}

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
      out.requestBreak(1);
    } else if (PARAGRAPH_TAGS.has(tag)) {
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

// One inert document per page, reused: creating a document costs far more than parsing a snippet.
const scratchDocuments = new WeakMap<Document, Document>();

/** A document with no browsing context: its scripts never run and its images never load. */
function scratchDocumentFor(owner: Document): Document {
  let scratch = scratchDocuments.get(owner);
  if (scratch === undefined) {
    scratch = owner.implementation.createHTMLDocument('');
    scratchDocuments.set(owner, scratch);
  }
  return scratch;
}

/** Decodes HTML entities via an inert document, never the live page. */
export function decodeEntities(text: string, owner: Document): string {
  if (!text.includes('&')) return text;
  const textarea = scratchDocumentFor(owner).createElement('textarea');
  textarea.innerHTML = text;
  return textarea.value;
}

/**
 * Text of an HTML string found in structured data. Handles entity-encoded HTML ("&lt;p&gt;") and
 * double-encoded HTML ("&amp;lt;p&amp;gt;"), and plain text with newlines.
 */
export function htmlStringToText(source: string, owner: Document, options: ElementTextOptions = {}): string {
  let html = source;
  // Bounded: a string encoded three times over is the worst seen in the wild.
  for (let round = 0; round < 3 && !REAL_TAG.test(html) && ENCODED_TAG.test(html); round++) {
    html = decodeEntities(html, owner);
  }
  if (!REAL_TAG.test(html)) return normalizeBlockText(decodeEntities(html, owner));
  const container = scratchDocumentFor(owner).createElement('div');
  container.innerHTML = html;
  return elementToText(container, options);
}
