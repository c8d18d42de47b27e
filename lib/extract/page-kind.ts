import { collapseInline } from './text';

/**
 * Decides, for pages read only by the Readability fallback, whether they are a single job posting
 * at all. Structured data and site adapters are trusted; a generic page must show it is a job ad.
 */

export const NOT_FOUND_REASONS = {
  searchResults: 'This page lists several jobs. Open the job you want so its own page is showing, then try again.',
  article: 'This page looks like an article, not a job posting. Open the job ad itself, then try again.',
  noPosting: 'No job posting was found on this page: there is no job title and description to read. Open the job ad itself, or paste the details into the form.',
} as const;

// Words that job ads use and other prose rarely combines (en, de, fr, es, sv).
const JOB_VOCABULARY = [
  /\bresponsibilit(y|ies)\b/, /\brequirements?\b/, /\bqualifications?\b/, /\bwhat you('|’)ll do\b/,
  /\bapply\b/, /\byou will\b/, /\bwe are looking for\b|\bwe('|’)re looking for\b/, /\bbenefits\b/,
  /\bfull[- ]time\b|\bpart[- ]time\b/, /\bsalary\b/, /\bthe role\b|\bthis role\b/, /\byears of experience\b|\bexperience (with|in)\b/,
  /\baufgaben\b/, /\banforderungen\b/, /\bdein profil\b|\bihr profil\b/, /\bwir bieten\b/,
  /\bmissions?\b.*\bprofil\b/, /\brequisitos\b/, /\bresponsabilidades\b/, /\bofrecemos\b/,
  /\barbetsuppgifter\b/, /\bkvalifikationer\b/, /\bvi erbjuder\b/,
];

const MIN_JOB_SIGNALS = 3;

export function jobVocabularyScore(text: string): number {
  const lower = text.toLowerCase();
  return JOB_VOCABULARY.filter((pattern) => pattern.test(lower)).length;
}

function looksLikeSearchResults(document: Document, url: URL): boolean {
  const heading = collapseInline(`${document.querySelector('h1')?.textContent ?? ''} ${document.title}`);
  const countedJobs = /\b\d[\d,.\s]*\+?\s+(jobs|job openings|vacancies|stellen(angebote)?|empleos|ofertas|jobb|lediga jobb)\b/i.test(heading);
  const searchUrl = /[?&](q|query|keywords?|search)=/i.test(url.search) || /\/(search|jobs\/?$)/i.test(url.pathname);
  const jobLinks = Array.from(document.querySelectorAll('a[href]')).filter((link) =>
    /\/(jobs?|careers?|vacanc|position|stellen|oferta|empleo|annonser)\b/i.test(link.getAttribute('href') ?? ''),
  ).length;
  return (countedJobs || searchUrl) && jobLinks >= 8;
}

function looksLikeArticle(document: Document): boolean {
  const ogType = document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return (
    /^article$/i.test(ogType.trim()) ||
    document.querySelector('meta[property="article:published_time"], [itemprop="datePublished"], article time[datetime]') !== null
  );
}

export type PageVerdict = { readonly isJobPosting: true } | { readonly isJobPosting: false; readonly reason: string };

export function judgeGenericPage(document: Document, url: URL, description: string): PageVerdict {
  if (looksLikeSearchResults(document, url)) return { isJobPosting: false, reason: NOT_FOUND_REASONS.searchResults };
  const signals = jobVocabularyScore(description);
  // Articles about the job market use the vocabulary too, so they need far stronger evidence.
  if (looksLikeArticle(document) && signals < MIN_JOB_SIGNALS + 3) return { isJobPosting: false, reason: NOT_FOUND_REASONS.article };
  if (signals < MIN_JOB_SIGNALS) return { isJobPosting: false, reason: NOT_FOUND_REASONS.noPosting };
  return { isJobPosting: true };
}
