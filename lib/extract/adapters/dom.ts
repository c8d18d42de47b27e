import { elementToText } from '../html-to-text';
import { MACHINE_SUMMARY_SELECTOR } from '../machine-summaries';
import { companyField } from '../company';
import { collapseInline } from '../text';
import type { AdapterFields } from './types';

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

/** Text of the first matching element's attribute (a logo's alt, a link's title). */
export function firstAttribute(root: ParentNode, selector: string, attribute: string): string {
  for (const element of Array.from(root.querySelectorAll(selector))) {
    const value = collapseInline(element.getAttribute(attribute) ?? '');
    if (value !== '') return value;
  }
  return '';
}

/**
 * Most adapters only name where a site puts each field. Fields whose selectors find nothing are
 * left for JSON-LD or the generic reader; a page without a title element is not this layout.
 */
export interface SelectorLayout {
  readonly title: readonly string[];
  readonly company?: readonly string[];
  readonly location?: readonly string[];
  readonly description?: readonly string[];
  /** Turns what the location selector found into the place ("Internship, Copenhagen" → "Copenhagen"). */
  readonly cleanLocation?: (text: string) => string;
  /** Where the company is not in the DOM text: read it another way (page title, logo alt). */
  readonly companyFallback?: (document: Document) => string;
}

export function readLayout(document: Document, layout: SelectorLayout): AdapterFields | null {
  const title = firstText(document, layout.title);
  if (title === '') return null;
  const rawCompany = (layout.company ? firstText(document, layout.company) : '') || (layout.companyFallback?.(document) ?? '');
  const rawLocation = layout.location ? firstText(document, layout.location) : '';
  return {
    title,
    ...(rawCompany === '' ? {} : companyField(rawCompany)),
    ...present('location', layout.cleanLocation ? layout.cleanLocation(rawLocation) : rawLocation),
    ...present('description', layout.description ? firstBlockText(document, layout.description) : ''),
  };
}
