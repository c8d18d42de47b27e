import type { JobCandidate } from './candidate';
import type { ExtractionMethod } from './result';

/**
 * Combines what the methods found, field by field. Candidates arrive in trust order (JSON-LD,
 * microdata, site adapter, Readability); each field comes from the first candidate that has it,
 * except location, where the adapter reads what the page shows and so beats structured data that
 * is often stale (e.g. "TELECOMMUTE" on a hybrid job).
 */

/** Shorter than this is a teaser, not a description worth writing a letter from. */
export const MIN_USEFUL_DESCRIPTION_CHARS = 200;

const METHOD_BASE_CONFIDENCE: Record<'json-ld' | 'microdata' | 'adapter' | 'readability' | 'page-title', number> = {
  'json-ld': 0.95,
  microdata: 0.9,
  adapter: 0.9,
  readability: 0.5,
  'page-title': 0.3,
};

export interface MergedPosting {
  readonly title: string;
  readonly company: string | null;
  readonly location: string;
  readonly description: string;
  /** Where the description came from (the title may come from elsewhere). */
  readonly descriptionMethod: ExtractionMethod | null;
  readonly method: ExtractionMethod;
  readonly confidence: number;
  /** Declared language of the structured data, if any. */
  readonly language: string;
}

function isAdapter(candidate: JobCandidate): boolean {
  return candidate.method.startsWith('adapter:');
}

function baseConfidence(method: ExtractionMethod): number {
  return method.startsWith('adapter:') ? METHOD_BASE_CONFIDENCE.adapter : METHOD_BASE_CONFIDENCE[method as Exclude<ExtractionMethod, `adapter:${string}`>];
}

/**
 * The first full description in trust order. A short one from structured data or an adapter still
 * beats Readability's, which for such pages tends to sweep up navigation and related-job lists.
 * When structured data holds only a summary, what an adapter reads off the page (the whole posting)
 * wins.
 */
function pickDescription(candidates: readonly JobCandidate[]): JobCandidate | undefined {
  const length = (candidate: JobCandidate | undefined) => candidate?.description?.length ?? 0;
  const useful = candidates.find((candidate) => length(candidate) >= MIN_USEFUL_DESCRIPTION_CHARS);
  const adapter = candidates.find((candidate) => isAdapter(candidate) && length(candidate) >= MIN_USEFUL_DESCRIPTION_CHARS);
  if (adapter !== undefined && useful !== undefined && useful !== adapter && useful.method !== 'readability' && length(useful) < length(adapter) * 0.6) return adapter;
  if (useful !== undefined && useful.method !== 'readability') return useful;
  const readable = candidates.filter((candidate) => candidate.method !== 'readability');
  const longest = (list: readonly JobCandidate[]) => list.reduce<JobCandidate | undefined>((best, candidate) => (length(candidate) > length(best) ? candidate : best), undefined);
  return longest(readable) ?? useful ?? longest(candidates);
}

function pickCompany(candidates: readonly JobCandidate[]): string | null {
  for (const candidate of candidates) {
    if (candidate.company !== undefined) return candidate.company;
  }
  return null;
}

function confidenceFor(method: ExtractionMethod, company: string | null, location: string, description: string): number {
  let confidence = baseConfidence(method);
  // Without an employer the letter cannot be addressed: the user must look at the form.
  if (company === null) confidence -= 0.3;
  if (description.length < MIN_USEFUL_DESCRIPTION_CHARS) confidence -= 0.2;
  if (location === '') confidence -= 0.05;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

export function mergeCandidates(candidates: readonly JobCandidate[]): MergedPosting | null {
  const titleSource = candidates.find((candidate) => (candidate.title ?? '') !== '');
  if (titleSource?.title === undefined) return null;
  const locationOrder = [...candidates.filter(isAdapter), ...candidates.filter((candidate) => !isAdapter(candidate))];
  const location = locationOrder.find((candidate) => (candidate.location ?? '') !== '')?.location ?? '';
  const company = pickCompany(candidates);
  const descriptionSource = pickDescription(candidates);
  const description = descriptionSource?.description ?? '';
  return {
    descriptionMethod: descriptionSource?.method ?? null,
    title: titleSource.title,
    company,
    location,
    description,
    method: titleSource.method,
    confidence: confidenceFor(titleSource.method, company, location, description),
    language: candidates.find((candidate) => (candidate.language ?? '') !== '')?.language ?? '',
  };
}
