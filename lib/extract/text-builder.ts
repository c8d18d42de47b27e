import { normalizeBlockText } from './text';

/** The text assembly shared by the DOM walk (html-to-text.ts) and the string tokeniser (html-string.ts). */

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'HR', 'ADDRESS', 'FIELDSET',
]);

export const LINE_TAGS = new Set(['TR', 'DT', 'DD', 'CAPTION', 'FIGCAPTION']);

const BULLET = '• ';

/** Accumulates text and defers line breaks until real text follows, so empty wrappers add nothing. */
export class TextBuilder {
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

  /** An item that had no text leaves no bullet behind for the text after the list. */
  endListItem(): void {
    this.requestBreak(1);
    this.pendingBullet = false;
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

