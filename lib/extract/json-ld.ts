import type { JobCandidate } from './candidate';
import { cleanCompanyName, companyField, isPlaceholderCompany } from './company';
import { decodeEntities, htmlStringToText } from './html-to-text';
import { formatJobLocation } from './json-ld-location';
import { collapseInline, comparisonKey } from './text';

/** Reads schema.org `JobPosting` objects from every `<script type="application/ld+json">` block. */

type JsonRecord = Record<string, unknown>;

// Deep enough for @graph → item → mainEntity; bounded because pages embed huge unrelated graphs.
const MAX_DEPTH = 8;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLenient(text: string): unknown {
  const body = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(body);
  } catch {
    // CMSes often write raw newlines and tabs inside JSON strings, which JSON.parse rejects.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function hasJobPostingType(node: JsonRecord): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && /(^|[/:])JobPosting$/i.test(type.trim()));
}

function collectJobPostings(value: unknown, found: JsonRecord[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectJobPostings(item, found, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  if (hasJobPostingType(value)) {
    found.push(value);
    return;
  }
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) collectJobPostings(child, found, depth + 1);
  }
}

/**
 * Every node with an `@id` and content of its own, across all blocks: WordPress SEO plugins write
 * `hiringOrganization: {"@id": "…#organization"}` and put the Organization elsewhere in the graph.
 */
function indexNodes(value: unknown, index: Map<string, JsonRecord>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) indexNodes(item, index, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).some((key) => key !== '@id') && !index.has(id)) index.set(id, value);
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) indexNodes(child, index, depth + 1);
  }
}

/** A copy of `value` with `{"@id": …}` references replaced by the nodes they name (cycle-safe). */
function resolveReferences(value: unknown, index: Map<string, JsonRecord>, depth: number, seen: ReadonlySet<string>): unknown {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => resolveReferences(item, index, depth + 1, seen));
  if (!isRecord(value)) return value;
  const id = value['@id'];
  let node = value;
  let nextSeen = seen;
  if (typeof id === 'string') {
    if (seen.has(id)) return value;
    const target = index.get(id);
    // The reference's own keys win over the target's: a posting may override a shared node.
    if (target !== undefined && target !== value) node = { ...target, ...value };
    nextSeen = new Set([...seen, id]);
  }
  const copy: JsonRecord = {};
  for (const [key, child] of Object.entries(node)) {
    copy[key] = typeof child === 'object' && child !== null ? resolveReferences(child, index, depth + 1, nextSeen) : child;
  }
  return copy;
}

export function findJobPostingNodes(document: Document): JsonRecord[] {
  const found: JsonRecord[] = [];
  const index = new Map<string, JsonRecord>();
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const parsed = parseLenient(script.textContent ?? '');
    // One broken block must not hide the others.
    if (parsed === undefined) continue;
    collectJobPostings(parsed, found, 0);
    indexNodes(parsed, index, 0);
  }
  return found.map((posting) => resolveReferences(posting, index, 0, new Set()) as JsonRecord);
}

function plainText(value: unknown, owner: Document): string {
  if (typeof value !== 'string') return '';
  return collapseInline(decodeEntities(value));
}

/** The employer's name as written: `name`, else `legalName`, else a plain string. */
function organisationName(value: unknown, owner: Document): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return plainText(first, owner);
  if (!isRecord(first)) return '';
  const name = plainText(first['name'], owner);
  if (name !== '' && (cleanCompanyName(name) !== null || isPlaceholderCompany(name))) return name;
  return plainText(first['legalName'], owner) || name;
}

function languageOf(posting: JsonRecord): string {
  const value = posting['inLanguage'];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  return isRecord(first) && typeof first['alternateName'] === 'string' ? first['alternateName'] : '';
}

function descriptionText(posting: JsonRecord, owner: Document): string {
  const description = posting['description'];
  if (typeof description !== 'string') return '';
  return htmlStringToText(description, { dropMachineSummaries: true });
}

function postingTitle(posting: JsonRecord, owner: Document): string {
  return plainText(posting['title'], owner) || plainText(posting['name'], owner);
}

/**
 * Search pages can embed several postings; the one the user is looking at is the one whose title
 * is the page heading.
 */
function pickPosting(postings: JsonRecord[], document: Document): JsonRecord | undefined {
  if (postings.length <= 1) return postings[0];
  const heading = comparisonKey(document.querySelector('h1')?.textContent ?? document.title);
  const matching = postings.find((posting) => {
    const title = comparisonKey(postingTitle(posting, document));
    return title !== '' && heading.includes(title);
  });
  return matching ?? postings[0];
}

export function extractFromJsonLd(document: Document): JobCandidate | null {
  const posting = pickPosting(findJobPostingNodes(document), document);
  if (posting === undefined) return null;
  const employer = organisationName(posting['hiringOrganization'], document);
  return {
    method: 'json-ld',
    title: postingTitle(posting, document),
    // A missing hiringOrganization is an omission, not a statement; let other methods fill it.
    // A placeholder ("Confidential") is a statement: the employer is withheld.
    ...(employer === '' ? {} : companyField(employer)),
    language: languageOf(posting),
    location: formatJobLocation(posting),
    description: descriptionText(posting, document),
  };
}
