import type { JobCandidate } from './candidate';
import { companyField } from './company';
import { elementToText } from './html-to-text';
import { MACHINE_SUMMARY_SELECTOR } from './machine-summaries';
import { collapseInline } from './text';

/** Reads an HTML microdata `itemtype="…/JobPosting"` block. */

const ADDRESS_PARTS = ['addressLocality', 'addressRegion', 'addressCountry'] as const;

/** The first element carrying `prop` that belongs to `scope` itself, not to a nested item. */
function findProperty(scope: Element, prop: string): Element | null {
  for (const element of Array.from(scope.querySelectorAll(`[itemprop~="${prop}"]`))) {
    const owner = element.parentElement?.closest('[itemscope]');
    if (owner === scope) return element;
  }
  return null;
}

function propertyValue(element: Element | null): string {
  if (element === null) return '';
  const attribute = element.getAttribute('content') ?? (element.tagName === 'META' ? '' : null);
  if (attribute !== null) return collapseInline(attribute);
  if (element.tagName === 'TIME') return collapseInline(element.getAttribute('datetime') ?? element.textContent ?? '');
  return collapseInline(element.textContent ?? '');
}

function organisation(scope: Element): string {
  const element = findProperty(scope, 'hiringOrganization');
  if (element === null) return '';
  if (!element.hasAttribute('itemscope')) return propertyValue(element);
  return propertyValue(findProperty(element, 'name')) || propertyValue(findProperty(element, 'legalName'));
}

function place(element: Element): string {
  if (!element.hasAttribute('itemscope')) return propertyValue(element);
  const address = findProperty(element, 'address') ?? element;
  if (!address.hasAttribute('itemscope')) return propertyValue(address);
  const parts = ADDRESS_PARTS.map((part) => {
    const partElement = findProperty(address, part);
    if (partElement?.hasAttribute('itemscope')) return propertyValue(findProperty(partElement, 'name'));
    return propertyValue(partElement);
  }).filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : propertyValue(findProperty(element, 'name'));
}

function locations(scope: Element): string {
  const places = Array.from(scope.querySelectorAll('[itemprop~="jobLocation"]'))
    .filter((element) => element.parentElement?.closest('[itemscope]') === scope)
    .map(place)
    .filter((text) => text !== '');
  const remote = /telecommute/i.test(propertyValue(findProperty(scope, 'jobLocationType')));
  const where = [...new Set(places)].join(' · ');
  if (!remote) return where;
  return where === '' ? 'Remote' : `${where} (Remote)`;
}

export function extractFromMicrodata(document: Document): JobCandidate | null {
  const scope = Array.from(document.querySelectorAll('[itemscope][itemtype]')).find((element) =>
    /(^|[/:\s])JobPosting(\s|$)/i.test(element.getAttribute('itemtype') ?? ''),
  );
  if (scope === undefined) return null;
  const descriptionElement = findProperty(scope, 'description');
  const employer = organisation(scope);
  return {
    method: 'microdata',
    title: propertyValue(findProperty(scope, 'title')) || propertyValue(findProperty(scope, 'name')),
    ...(employer === '' ? {} : companyField(employer)),
    location: locations(scope),
    description:
      descriptionElement === null
        ? ''
        : descriptionElement.tagName === 'META'
          ? propertyValue(descriptionElement)
          : elementToText(descriptionElement, { drop: MACHINE_SUMMARY_SELECTOR }),
  };
}
