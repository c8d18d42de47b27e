import { classify, namesResume, type TermKind } from './vocabulary';
import type { CoverLetterTarget } from './types';

/** Anything a person can type into or attach to; buttons and choices are not fields. */
const CONTROL = 'input:not([type="hidden"]), textarea, select, [contenteditable]:not([contenteditable="false"])';
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);
/** Texts longer than this are instructions or a job description, not a field's name. */
const MAX_LABEL = 150;
const MAX_LEVELS = 6;

/** How much we trust what each source says, best first. */
const SOURCE_WEIGHT = { label: 1, hint: 0.9, nearby: 0.8, attribute: 0.75 } as const;
type Source = keyof typeof SOURCE_WEIGHT;

/** A letter reads best in a multi-line field; a single-line input flattens it. */
const KIND_FACTOR = { textarea: 1, editor: 1, file: 0.95, input: 0.8 } as const;
type FieldKind = keyof typeof KIND_FACTOR;

interface Reading {
  kind: TermKind;
  source: Source;
  text: string;
}

/**
 * Fields where a cover letter belongs, best first; [] when the page has none.
 * Looks through open shadow roots too; frames are searched by injecting into each frame.
 */
export function findCoverLetterTargets(document: Document): CoverLetterTarget[] {
  const fields = collectFields(document);
  const strong: CoverLetterTarget[] = [];
  const weak: CoverLetterTarget[] = [];
  let applicationForm = false;
  for (const { element, kind } of fields) {
    const reading = readField(element);
    if (reading && (reading.kind === 'document' || reading.kind === 'mixed') && namesResume(reading.text)) applicationForm = true;
    if (!reading || !['cover', 'application-text', 'letter-like'].includes(reading.kind) || !usable(element, kind)) continue;
    const base = SOURCE_WEIGHT[reading.source] * KIND_FACTOR[kind] * (kind !== 'file' && isHidden(element) ? 0.6 : 1);
    const label = reading.text.replace(/\s+/g, ' ').trim().slice(0, 80);
    const targetKind = kind === 'file' ? 'file' : 'text';
    if (reading.kind === 'cover') strong.push({ kind: targetKind, element, label, confidence: round(base) });
    else if (reading.kind === 'application-text') strong.push({ kind: targetKind, element, label, confidence: round(base * 0.8) });
    // Fallbacks only for multi-line text: a single line or a file slot is somebody else's.
    else if (reading.kind === 'letter-like' && (kind === 'textarea' || kind === 'editor')) weak.push({ kind: 'text', element, label, confidence: round(base * 0.45) });
  }
  // "Additional information" takes a letter only on an application form (one that asks for a
  // résumé) that has no cover-letter field: never on a contact or newsletter form.
  const chosen = strong.length > 0 ? strong : applicationForm ? weak : [];
  return chosen.sort((a, b) => b.confidence - a.confidence);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Every form field of the document and of its open shadow roots, editors counted once. */
function collectFields(root: Document | ShadowRoot): { element: HTMLElement; kind: FieldKind }[] {
  const found: { element: HTMLElement; kind: FieldKind }[] = [];
  const walk = (scope: Document | ShadowRoot) => {
    for (const element of Array.from(scope.querySelectorAll<HTMLElement>('*'))) {
      const kind = fieldKind(element);
      if (kind) found.push({ element, kind });
      if (element.shadowRoot) walk(element.shadowRoot);
      // A same-origin frame (an embedded form) is part of the page; others are searched by
      // injecting into them, and reading them here throws.
      if (element.localName === 'iframe') {
        let inner: Document | null = null;
        try {
          inner = (element as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
        if (inner?.body) walk(inner);
      }
    }
  };
  walk(root);
  return found;
}

function fieldKind(element: HTMLElement): FieldKind | null {
  const tag = element.localName;
  if (tag === 'textarea') return 'textarea';
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (type === 'file') return 'file';
    return TEXT_INPUT_TYPES.has(type) ? 'input' : null;
  }
  if (isEditableRoot(element)) return 'editor';
  return null;
}

function editableAttr(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The outermost element of a rich-text editor; its paragraphs are not separate fields. */
function isEditableRoot(element: HTMLElement): boolean {
  if (!editableAttr(element)) return false;
  const parent = element.parentElement;
  return !parent?.closest('[contenteditable]:not([contenteditable="false"])');
}

function usable(element: HTMLElement, kind: FieldKind): boolean {
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') return false;
  if (kind !== 'file' && kind !== 'editor' && element.hasAttribute('readonly')) return false;
  if (kind === 'file') {
    const accept = (element.getAttribute('accept') ?? '').toLowerCase();
    // A slot that takes only images (a photo) can't take a letter.
    if (accept && !/pdf|doc|\*\/\*|application\//.test(accept)) return false;
  }
  return true;
}

/** Hidden from the user: display none, visibility hidden, the hidden attribute, on it or above it. */
function isHidden(element: HTMLElement): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    if (node.hasAttribute('hidden')) return true;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * What the field says it is: its own label first, then its hint, then the text around it, then
 * its name and id. The first source with anything to say decides; the rest can't overrule it
 * (a field labelled "Résumé" stays the résumé whatever its id says).
 */
function readField(element: HTMLElement): Reading | null {
  const sources: [Source, () => string[]][] = [
    ['label', () => labelTexts(element)],
    ['hint', () => hintTexts(element)],
    ['nearby', () => nearbyTexts(element)],
    ['attribute', () => attributeTexts(element)],
  ];
  // "Additional information" with the hint "Add a cover letter…": a later, clearer source may
  // still name the letter, so a letter-like reading waits for one.
  let letterLike: Reading | null = null;
  for (const [source, texts] of sources) {
    for (const text of texts()) {
      if (!text || text.length > MAX_LABEL) continue;
      // A one-line input is named by its label; a sentence near it is too weak a sign.
      if (source === 'nearby' && element.localName === 'input' && element.getAttribute('type') !== 'file' && text.length > 40) continue;
      const kind = classify(text);
      if (kind === 'none') continue;
      if (kind === 'letter-like') {
        letterLike ??= { kind, source, text };
        continue;
      }
      if (letterLike && kind !== 'cover' && kind !== 'application-text') return letterLike;
      return { kind, source, text };
    }
  }
  return letterLike;
}

function byIds(element: HTMLElement, attribute: string): string[] {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  const root = element.getRootNode() as Document | ShadowRoot;
  const joined = ids.map((id) => (root.getElementById?.(id) ? textOf(root.getElementById(id)!) : '')).join(' ').trim();
  return joined ? [joined] : [];
}

function labelTexts(element: HTMLElement): string[] {
  const texts = [...byIds(element, 'aria-labelledby'), element.getAttribute('aria-label') ?? ''];
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) texts.push(textOf(label));
  else {
    // Not a labelable element (an editor): a wrapping label or label[for] still names it.
    const wrapping = element.closest('label');
    if (wrapping) texts.push(textOf(wrapping));
  }
  texts.push(element.getAttribute('title') ?? '');
  // Editors wrap their editable area in a role="textbox" element that carries the name.
  const box = element.parentElement?.closest<HTMLElement>('[role="textbox"]');
  if (box) texts.push(...byIds(box, 'aria-labelledby'), box.getAttribute('aria-label') ?? '');
  return texts.map((t) => t.trim()).filter(Boolean);
}

function hintTexts(element: HTMLElement): string[] {
  const texts = [
    element.getAttribute('placeholder') ?? '',
    element.getAttribute('aria-placeholder') ?? '',
    element.getAttribute('data-placeholder') ?? '',
    ...byIds(element, 'aria-describedby'),
  ];
  // Editors (ProseMirror, Quill) show their placeholder on an inner paragraph.
  const inner = element.querySelector?.('[data-placeholder]');
  if (inner && element.localName !== 'textarea') texts.push(inner.getAttribute('data-placeholder') ?? '');
  return texts.map((t) => t.trim()).filter(Boolean);
}

function attributeTexts(element: HTMLElement): string[] {
  return ['name', 'id', 'data-automation-id', 'data-qa', 'data-testid', 'data-test', 'data-field', 'data-ui', 'autocomplete']
    .map((a) => element.getAttribute(a) ?? '')
    .filter(Boolean);
}

function hasOtherControl(node: Node, self: HTMLElement): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  if (element !== self && element.matches(CONTROL)) return true;
  return Array.from(element.querySelectorAll(CONTROL)).some((c) => c !== self && !self.contains(c) && !c.contains(self));
}

function otherControlCount(node: Element, self: HTMLElement): number {
  return Array.from(node.querySelectorAll(CONTROL)).filter((c) => c !== self && !self.contains(c) && !c.contains(self)).length;
}

/**
 * Text near the field, innermost first: the container holding only this field (a drop zone's
 * "Drop your cover letter here"), then what comes just before it (a heading, a label without
 * `for`). Stops at other fields so a neighbour's label is never taken for this one's.
 */
function nearbyTexts(element: HTMLElement): string[] {
  const texts: string[] = [];
  let node: Element = element;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = parentOf(node);
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    const others = otherControlCount(parent, element);
    // What comes just before: a heading, a label without `for`.
    let seen = 0;
    for (let sibling = node.previousSibling; sibling && seen < 4; sibling = sibling.previousSibling) {
      if (hasOtherControl(sibling, element)) break;
      const text = textOf(sibling).trim();
      if (!text) continue;
      seen++;
      texts.push(text);
    }
    // Then the whole container, while it holds this field only ("Drop your cover letter here").
    if (others === 0) texts.push(textOf(parent));
    // A whole form section is beyond this field: its text belongs to every field in it. And what
    // is outside the form (the posting's "send your cover letter") never names a field.
    if (others > 2 || parent.localName === 'form') break;
    node = parent;
  }
  return texts.map((t) => t.trim()).filter(Boolean);
}

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'textarea', 'svg']);

/** Visible words of a node, without scripts, option lists or what is typed in fields. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (SKIP_TEXT.has(element.localName)) return '';
  // What is typed in a field (or an editor) is the user's, not the field's name.
  if (element.localName === 'input' || editableAttr(element)) return '';
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    text += ` ${textOf(child)}`;
    if (text.length > MAX_LABEL * 2) break;
  }
  return text.replace(/\s+/g, ' ').trim();
}
