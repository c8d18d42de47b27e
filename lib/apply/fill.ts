import type { CoverLetterTarget } from './types';

export interface LetterToFill {
  text: string;
  file: File | null;
}

/**
 * Puts the letter into the field as a person would; resolves true when the field holds it.
 * Fires the events frameworks listen to; never submits and touches no other field.
 */
export async function fillCoverLetter(target: CoverLetterTarget, letter: LetterToFill): Promise<boolean> {
  const { element } = target;
  if (!element.isConnected) return false;
  if (target.kind === 'file') return letter.file ? fillFile(element as HTMLInputElement, letter.file) : false;
  if (element.localName === 'textarea' || element.localName === 'input') return fillTextField(element as HTMLTextAreaElement | HTMLInputElement, letter.text);
  return fillEditor(element, letter.text);
}

/** Lets a framework finish its re-render before we check what the field holds. */
const settle = (view: Window | null) =>
  new Promise<void>((resolve) => ((view?.setTimeout ?? setTimeout) as typeof setTimeout)(resolve, 0));

const sameText = (a: string, b: string) => a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();

function fire(element: Element, type: string, init: EventInit & { inputType?: string; data?: string | null } = {}): void {
  const view = element.ownerDocument.defaultView!;
  const options = { bubbles: true, cancelable: type === 'beforeinput', composed: true, ...init };
  // InputEvent where the page's window has it (React reads `inputType` on some paths); Event otherwise.
  const event = (type === 'input' || type === 'beforeinput') && 'InputEvent' in view ? new view.InputEvent(type, options) : new view.Event(type, options);
  element.dispatchEvent(event);
}

/**
 * The native value setter, not `element.value = …`: React tracks the last value it set through
 * its own setter on the element and ignores an input event when the value seems unchanged.
 */
function setNativeValue(element: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const view = element.ownerDocument.defaultView!;
  const proto = element.localName === 'textarea' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

async function fillTextField(element: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<boolean> {
  // A single-line input drops line breaks; keep paragraphs apart with a space instead.
  const value = element.localName === 'input' ? text.replace(/\s*\n+\s*/g, ' ').trim() : text;
  element.focus();
  fire(element, 'beforeinput', { inputType: 'insertFromPaste', data: value });
  setNativeValue(element, value);
  fire(element, 'input', { inputType: 'insertFromPaste', data: value });
  fire(element, 'change');
  await settle(element.ownerDocument.defaultView);
  // A controlled field whose framework rejected the value shows the old one again.
  return sameText(element.value, value);
}

function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n'))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Paragraphs of the letter, built as nodes (never parsed HTML) in the page's document. */
function paragraphNodes(doc: Document, text: string): HTMLElement[] {
  return paragraphsOf(text).map((lines) => {
    const p = doc.createElement('p');
    lines.forEach((line, i) => {
      if (i > 0) p.append(doc.createElement('br'));
      p.append(doc.createTextNode(line));
    });
    return p;
  });
}

/** The editor's words with line and paragraph breaks as spaces (textContent runs lines together). */
function editorText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  if ((node as Element).localName === 'br') return ' ';
  return ` ${Array.from(node.childNodes).map(editorText).join('')} `;
}

function holdsLetter(element: HTMLElement, text: string): boolean {
  const have = flat(editorText(element));
  return paragraphsOf(text).every((lines) => have.includes(flat(lines.join(' '))));
}

/**
 * Rich-text editors (ProseMirror, Draft.js, Quill, Lexical, CKEditor) own their DOM: a paste is
 * the input they all understand. Where nothing handles it, the browser's own editing command
 * inserts the paragraphs; last, the paragraphs are put in directly with an input event.
 */
async function fillEditor(element: HTMLElement, text: string): Promise<boolean> {
  const doc = element.ownerDocument;
  const view = doc.defaultView!;
  element.focus();
  selectContents(element);
  const holder = doc.createElement('div');
  holder.append(...paragraphNodes(doc, text));
  const html = holder.innerHTML;

  if ('DataTransfer' in view && 'ClipboardEvent' in view) {
    try {
      const data = new view.DataTransfer();
      data.setData('text/plain', text);
      data.setData('text/html', html);
      const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      element.dispatchEvent(paste);
      if (paste.defaultPrevented) {
        await settle(view);
        if (holdsLetter(element, text)) return true;
      }
    } catch {
      // Some browsers refuse a constructed clipboardData: the next way still works.
    }
  }

  selectContents(element);
  let inserted = false;
  try {
    inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, html);
  } catch {
    inserted = false;
  }
  if (inserted) {
    await settle(view);
    if (holdsLetter(element, text)) return true;
  }

  element.replaceChildren(...paragraphNodes(doc, text));
  fire(element, 'input', { inputType: 'insertFromPaste', data: text });
  fire(element, 'change');
  await settle(view);
  return holdsLetter(element, text);
}

function selectContents(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection?.();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A file goes in through a DataTransfer, the one way pages accept a FileList from script. */
async function fillFile(input: HTMLInputElement, file: File): Promise<boolean> {
  const view = input.ownerDocument.defaultView!;
  if (!('DataTransfer' in view)) return false;
  const transfer = new view.DataTransfer();
  // A File made in another realm (the extension's world) is fine: DataTransfer copies it.
  transfer.items.add(file);
  try {
    input.files = transfer.files;
  } catch {
    // A DOM without a real FileList (a test DOM with a DataTransfer stand-in): show the file to
    // the page's scripts the only way left. Browsers never get here.
    Object.defineProperty(input, 'files', { value: transfer.files, configurable: true });
  }
  fire(input, 'input');
  fire(input, 'change');
  await settle(view);
  const held = input.files?.[0];
  return !!held && held.name === file.name && held.size === file.size;
}
