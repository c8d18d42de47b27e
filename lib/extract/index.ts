import { findSiteAdapter } from './adapters';
import type { JobCandidate } from './candidate';
import { extractFromJsonLd } from './json-ld';
import { mergeCandidates, MIN_USEFUL_DESCRIPTION_CHARS } from './merge';
import { extractFromMicrodata } from './microdata';
import { postingLanguage } from './language';
import { cleanJobTitle, titleGrammarOf } from './page-title';
import { fullerPageText } from './page-text';
import { locationFromPage } from './page-location';
import { judgeGenericPage, NOT_FOUND_REASONS } from './page-kind';
import { extractWithReadability } from './readability';
import type { ExtractionResult } from './result';
import { truncateAtBoundary } from './truncate';

export { QUEUE_CONFIDENCE_THRESHOLD, shouldQueueImmediately } from './confidence';
export { MAX_DESCRIPTION_CHARS } from './truncate';
export { ExtractionResultSchema, FoundJobPostingSchema, NoJobPostingSchema } from './result';
export type { ExtractionMethod, ExtractionResult, FoundJobPosting, NoJobPosting } from './result';

// Below this a "description" is a heading or a teaser; nothing to write a letter from.
const MIN_DESCRIPTION_CHARS = 30;
// A result without a description opens the form for the user to finish; it is never queued.
const SHELL_CONFIDENCE = 0.3;

/** A site redesign must cost one method, not the whole extraction. */
function attempt(read: () => JobCandidate | null): JobCandidate | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function parseUrl(url: string, document: Document): URL {
  try {
    return new URL(url);
  } catch {
    return new URL(document.URL || 'about:blank');
  }
}

function hasDescription(candidate: JobCandidate): boolean {
  return (candidate.description ?? '') !== '';
}

/**
 * What structured data or the site's own card says about a job whose description is not on the
 * page yet: the form opens pre-filled (low confidence, never queued) and the user adds the text.
 */
function withoutDescription(candidates: readonly JobCandidate[], document: Document, url: string): ExtractionResult | null {
  const merged = mergeCandidates(candidates);
  if (merged === null || merged.title === '') return null;
  const title = cleanJobTitle(merged.title, merged.company);
  return {
    found: true,
    company: merged.company,
    title,
    location: merged.location,
    description: '',
    descriptionTruncated: false,
    url,
    method: merged.method,
    confidence: SHELL_CONFIDENCE,
    language: postingLanguage(document, merged.language, title),
  };
}

function isComplete(candidate: JobCandidate): boolean {
  return (candidate.title ?? '') !== '' && (candidate.description?.length ?? 0) >= MIN_USEFUL_DESCRIPTION_CHARS;
}

// Paths of single postings across boards and career sites, in the languages they use.
const JOB_PATH = /\/(?:jobs?|careers?|vacanc|vacatures?|position|posting|opening|stellen|oferta|ofertas|empleo|vaga|praca|oferty|ilan|anuncio|annonce|emploi|offre|job_detail|vacancies|ваканси|work|career|recruit|apply)/i;

/**
 * Unrendered apps carry the top card as data in inline scripts: "Xometry Europe • Georgia
 * (Remote)". The place is what follows the employer's name and a bullet there.
 */
function shellLocation(document: Document, company: string): string {
  const escaped = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`"${escaped}\\s+[•·]\\s+([^"\\\\<>]{2,80})\\\\?"`, 'u');
  for (const script of Array.from(document.querySelectorAll('script:not([src])'))) {
    const match = pattern.exec(script.textContent ?? '');
    if (match?.[1] !== undefined) return match[1].trim();
  }
  return '';
}

/**
 * A page that has not rendered its posting (a single-page app before hydration, LinkedIn's
 * logged-in shell) still names job and employer in its <title> or og:title. Returned with low
 * confidence so the form opens pre-filled instead of saying nothing was found.
 */
function readShell(document: Document, pageUrl: URL, url: string, knownBoard: boolean): ExtractionResult | null {
  if (!knownBoard && !JOB_PATH.test(pageUrl.pathname)) return null;
  const verdict = judgeGenericPage(document, pageUrl, '');
  if (!verdict.isJobPosting && verdict.reason !== NOT_FOUND_REASONS.noPosting) return null;
  const read = attempt(() => {
    const grammar = titleGrammarOf(document);
    return grammar === null ? null : { method: 'page-title' as const, title: grammar.title, company: grammar.company, location: grammar.location };
  });
  if (read === null || read.title === undefined || read.company === undefined) return null;
  const location = read.location || (read.company === null ? '' : (attempt(() => ({ method: 'page-title', location: shellLocation(document, read.company!) }))?.location ?? ''));
  return {
    found: true,
    company: read.company,
    title: read.title,
    location,
    description: '',
    descriptionTruncated: false,
    url,
    method: 'page-title',
    confidence: SHELL_CONFIDENCE,
    language: postingLanguage(document, '', read.title),
  };
}

/**
 * Reads the job posting shown in `document`. Pure: never modifies the page, no network. `url` is
 * the page address (passed explicitly because injected scripts may run in frames or about:blank).
 */
export function extractJobPosting(document: Document, url: string): ExtractionResult {
  const pageUrl = parseUrl(url, document);
  const adapter = findSiteAdapter(pageUrl, document);
  const candidates: JobCandidate[] = [
    attempt(() => extractFromJsonLd(document)),
    attempt(() => extractFromMicrodata(document)),
    attempt(() => {
      const fields = adapter?.extract(document);
      return adapter === undefined || fields === null || fields === undefined ? null : { method: `adapter:${adapter.site}`, ...fields };
    }),
  ].filter((candidate): candidate is JobCandidate => candidate !== null);

  // Readability is by far the slowest method; it runs only when nothing better read the page.
  if (!candidates.some(isComplete)) {
    const generic = attempt(() => extractWithReadability(document, pageUrl));
    if (generic !== null) {
      // A description only the generic reader finds must come from a page that is one posting. On a
      // two-pane search page whose selected job is still loading, it would be the list of results.
      const verdict = candidates.some(hasDescription) ? null : judgeGenericPage(document, pageUrl, generic.description ?? '');
      if (verdict !== null && !verdict.isJobPosting) {
        const noPosting = verdict.reason === NOT_FOUND_REASONS.noPosting;
        if (candidates.length === 0) return (noPosting ? readShell(document, pageUrl, url, adapter !== undefined) : null) ?? { found: false, reason: verdict.reason, url };
        if (!noPosting) return withoutDescription(candidates, document, url) ?? { found: false, reason: verdict.reason, url };
      }
      candidates.push(generic);
    }
  }

  const merged = mergeCandidates(candidates);
  if (merged === null || merged.description.length < MIN_DESCRIPTION_CHARS) {
    return readShell(document, pageUrl, url, adapter !== undefined) ?? { found: false, reason: NOT_FOUND_REASONS.noPosting, url };
  }
  // Structured data with only a summary: the page shows the whole posting.
  const pageRead = candidates.some((candidate) => candidate.method.startsWith('adapter:') && (candidate.description ?? '') !== '');
  const structured = !pageRead && merged.descriptionMethod === 'json-ld';
  const fuller = structured ? attempt(() => { const text = fullerPageText(document, merged.description); return text === null ? null : { method: 'json-ld', description: text }; }) : null;
  const { text: description, truncated } = truncateAtBoundary(fuller?.description ?? merged.description);
  return {
    found: true,
    company: merged.company,
    title: cleanJobTitle(merged.title, merged.company),
    // The fallback reader already looked for a labelled place; other methods did not.
    location: merged.location || (candidates.some((candidate) => candidate.method === 'readability') ? '' : (attempt(() => ({ method: 'readability', location: locationFromPage(document) }))?.location ?? '')),
    description,
    descriptionTruncated: truncated,
    url,
    method: merged.method,
    confidence: merged.confidence,
    language: postingLanguage(document, merged.language, `${merged.title}\n${description}`),
  };
}
