import { elementToText } from '../html-to-text';
import { MACHINE_SUMMARY_SELECTOR } from '../machine-summaries';
import { collapseInline } from '../text';

/** Small DOM readers shared by the site adapters. */

/** Collapsed text of the first element, over all selectors in order, that has any. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      const text = collapseInline(element.textContent ?? '');
      if (text !== '') return text;
    }
  }
  return '';
}

/** Paragraph-preserving text of the first matching element that has any, site summaries left out. */
export function firstBlockText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      const text = elementToText(element, { drop: MACHINE_SUMMARY_SELECTOR });
      if (text !== '') return text;
    }
  }
  return '';
}

/** Paragraph-preserving text of several elements, joined as paragraphs. */
export function joinedBlockText(elements: readonly Element[]): string {
  return elements
    .map((element) => elementToText(element, { drop: MACHINE_SUMMARY_SELECTOR }))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** "Label: value" rows (definition lists, key-information lists): the value after a known label. */
export function labelledValue(root: ParentNode, rowSelector: string, labels: RegExp): string {
  for (const row of Array.from(root.querySelectorAll(rowSelector))) {
    const text = collapseInline(row.textContent ?? '');
    const match = labels.exec(text);
    if (match !== null && match.index === 0) return collapseInline(text.slice(match[0].length));
  }
  return '';
}

export function hostnameIs(url: URL, domain: string): boolean {
  return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
}

/** Returns the field only when non-empty, so merging can tell "missing" from "empty". */
export function present<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}
