import type { LetterDocument } from './letter-document';
import { renderHtml, renderPlainText } from './render-text';

/**
 * Rich text for mail clients and word processors, plain text for everything else. Browsers
 * without ClipboardItem get the plain text only.
 */
export async function copyLetter(doc: LetterDocument): Promise<'rich' | 'plain'> {
  const text = renderPlainText(doc);
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(text);
    return 'plain';
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([renderHtml(doc)], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
  return 'rich';
}
