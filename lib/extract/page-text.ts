import { elementToText } from './html-to-text';
import { MACHINE_SUMMARY_SELECTOR } from './machine-summaries';
import { collapseInline } from './text';

/**
 * Structured data often carries only the opening paragraph of a posting ("Responsabilidades")
 * while the page shows it all (functions, requirements, benefits). Finds where the structured
 * text sits in the page and reads the posting's sections from there, stopping at the apply row,
 * "similar jobs" lists and forms.
 */

// Longer structured descriptions are taken to be the whole posting.
const SHORT_DESCRIPTION_CHARS = 1500;
const MAX_PAGE_TEXT_CHARS = 20_000;
const SNIPPET_CHARS = 40;
const MAX_LEADING_HEADING_CHARS = 80;

const END_OF_POSTING = /^(?:similar|related|other|more|recommended)\b.*\b(?:jobs?|positions?|vacanc|offers?|roles?)|^(?:похожие|другие) ваканси|^схожі ваканс[иі]|相似职位|相关职位|推荐职位|^ofertas similares|^empleos similares|^offres similaires|^ähnliche (?:jobs|stellen)|^وظائف مشابهة/i;

function isBoundary(element: Element): boolean {
  if (element.querySelector('h1, form, input, textarea') !== null || element.matches('form, nav, footer, header, aside')) return true;
  const heading = collapseInline(element.querySelector('h2, h3, h4, h5, strong')?.textContent ?? '');
  if (END_OF_POSTING.test(heading)) return true;
  const text = collapseInline(element.textContent ?? '');
  const linkText = Array.from(element.querySelectorAll('a')).reduce((sum, link) => sum + collapseInline(link.textContent ?? '').length, 0);
  return text.length > 0 && linkText / text.length > 0.5;
}

/** The nearest element holding `snippet`, found from the text node where the snippet starts. */
function findTextNode(root: Element, snippet: string): Element | null {
  const head = snippet.slice(0, 12);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!collapseInline(node.nodeValue ?? '').includes(head)) continue;
    let element = node.parentElement;
    if (element === null || element.closest('script, style, noscript, template, [hidden], [aria-hidden="true"]') !== null) continue;
    // The snippet may run on through inline tags (<strong>, <a>): climb to where it is whole.
    for (let depth = 0; element !== null && depth < 3; depth++, element = element.parentElement) {
      if (collapseInline(element.textContent ?? '').includes(snippet)) return element;
    }
  }
  return null;
}

/** The page's own, longer text of a posting whose structured description is `structured`. */
export function fullerPageText(document: Document, structured: string): string | null {
  if (structured.length >= SHORT_DESCRIPTION_CHARS || document.body === null) return null;
  const firstLine = collapseInline(structured.split('\n').find((line) => collapseInline(line).length >= 15) ?? '');
  if (firstLine === '') return null;
  const snippet = firstLine.replace(/^•\s*/, '').slice(0, SNIPPET_CHARS);
  let block = findTextNode(document.body, snippet);
  if (block === null) return null;
  // Up to the largest ancestor that is still the posting body: not the header with the title.
  // Only a heading may come before the structured text: anything longer is other content
  // (a board's summary, the company blurb) that the structured description left out on purpose.
  while (block.parentElement !== null && block.parentElement !== document.body && !isBoundary(block.parentElement)) {
    const parentText = collapseInline(block.parentElement.textContent ?? '');
    if (parentText.length > MAX_PAGE_TEXT_CHARS || parentText.indexOf(collapseInline(block.textContent ?? '')) > MAX_LEADING_HEADING_CHARS) break;
    block = block.parentElement;
  }
  const parts = [elementToText(block, { drop: MACHINE_SUMMARY_SELECTOR })];
  let length = parts[0]!.length;
  for (let sibling = block.nextElementSibling; sibling !== null && length < MAX_PAGE_TEXT_CHARS; sibling = sibling.nextElementSibling) {
    if (isBoundary(sibling)) break;
    const text = elementToText(sibling, { drop: MACHINE_SUMMARY_SELECTOR });
    if (text === '') continue;
    parts.push(text);
    length += text.length;
  }
  const text = parts.join('\n\n');
  return text.length > structured.length * 1.2 ? text : null;
}
