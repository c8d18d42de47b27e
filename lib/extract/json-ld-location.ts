import { collapseInline, comparisonKey } from './text';

/** Formats schema.org `jobLocation` / `jobLocationType` / `applicantLocationRequirements` for display. */

type JsonValue = unknown;

function asArray(value: JsonValue): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: JsonValue): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain string, or the `name` of an object (countries are often `{ "@type": "Country", name }`). */
function textOrName(value: JsonValue): string {
  if (typeof value === 'string' || typeof value === 'number') return collapseInline(String(value));
  if (isRecord(value)) return asArray(value['name']).map(textOrName).filter(Boolean).join(', ');
  if (Array.isArray(value)) return value.map(textOrName).filter(Boolean).join(', ');
  return '';
}

function uniqueParts(parts: string[]): string[] {
  const seen = new Set<string>();
  return parts.filter((part) => {
    const key = comparisonKey(part);
    if (part === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formatAddress(address: JsonValue): string {
  if (typeof address === 'string') return collapseInline(address);
  // Some sites list the places of one office as an array of addresses.
  if (Array.isArray(address)) return uniqueParts(address.map(formatAddress)).join(' · ');
  if (!isRecord(address)) return '';
  const locality = textOrName(address['addressLocality']);
  const region = textOrName(address['addressRegion']);
  const country = textOrName(address['addressCountry']);
  const street = textOrName(address['streetAddress']);
  // Some boards leave locality empty and put the human-readable place ("Germany") in
  // streetAddress while addressCountry holds only a code ("DE").
  if (locality === '' && region === '' && street !== '' && !/\d/.test(street)) return street;
  return uniqueParts([locality, region, country]).join(', ');
}

function formatPlace(place: JsonValue): string {
  if (typeof place === 'string') return collapseInline(place);
  if (!isRecord(place)) return '';
  const fromAddress = formatAddress(place['address'] ?? place);
  return fromAddress !== '' ? fromAddress : textOrName(place['name']);
}

function isTelecommute(jobLocationType: JsonValue): boolean {
  return asArray(jobLocationType).some((type) => typeof type === 'string' && /telecommute|remote/i.test(type));
}

export function formatJobLocation(posting: Record<string, unknown>): string {
  const places = uniqueParts(asArray(posting['jobLocation']).map(formatPlace));
  const remote = isTelecommute(posting['jobLocationType']);
  if (!remote) return places.join(' · ');
  // Remote postings name where applicants may live; show that with the office list, as sites do.
  const where =
    places.length > 0
      ? places.join(' · ')
      : uniqueParts(asArray(posting['applicantLocationRequirements']).map(textOrName)).join(' · ');
  return where === '' ? 'Remote' : `${where} (Remote)`;
}
