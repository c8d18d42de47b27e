import { Readability } from '@mozilla/readability';
import type { JobCandidate } from './candidate';
import { elementToText, htmlStringToText } from './html-to-text';
import { MACHINE_SUMMARY_SELECTOR } from './machine-summaries';
import { collapseInline } from './text';
import { locationFromPage } from './page-location';
import { guessCompany, guessTitle } from './title-heuristics';

/**
 * Last resort for pages with no structured data and no adapter: Mozilla Readability finds the main
 * text. Readability rewrites the document it is given, so it only ever sees a detached copy.
 */

// Job ads are shorter than the news articles Readability is tuned for.
const MIN_ARTICLE_CHARS = 200;

/**
 * Readability scores every node and takes seconds on a 2 MB page, so when the page marks where
 * the posting text lives, only that subtree is handed over. Most specific first.
 */
const CONTENT_ROOT_SELECTORS = [
  '[itemprop="description"]',
  '[id*="job-description" i], [class*="job-description" i], [id*="jobdescription" i], [class*="jobdescription" i]',
  '[id*="job-details" i], [class*="job-details" i], [class*="posting-body" i], [class*="vacancy-description" i]',
  'main',
  '[role="main"]',
  'article',
];

function contentRoot(document: Document): Element | null {
  for (const selector of CONTENT_ROOT_SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if ((element.textContent?.length ?? 0) >= MIN_ARTICLE_CHARS) return element;
    }
  }
  return null;
}

/** A detached copy for Readability to rewrite: just the content root when known, else the page. */
function readabilityInput(document: Document): Document {
  const root = contentRoot(document);
  let copy: Document;
  if (root === null) {
    copy = document.cloneNode(true) as Document;
  } else {
    copy = document.implementation.createHTMLDocument(document.title);
    copy.body.appendChild(copy.importNode(root, true));
  }
  // Readability strips class attributes, so summaries marked only by class must go before it runs.
  for (const summary of Array.from(copy.querySelectorAll(MACHINE_SUMMARY_SELECTOR))) summary.remove();
  return copy;
}

/**
 * Readability rewrites its copy with innerHTML when a pass finds less than `charThreshold`
 * characters, and pages enforcing Trusted Types forbid that even on detached documents. So it
 * makes a single pass (threshold 1), and when that finds too little, the content root's own text
 * is read instead — the same on every page, enforcing or not.
 */
function readableContent(document: Document): { title: string; description: string } {
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(readabilityInput(document), { charThreshold: 1 }).parse();
  } catch {
    article = null;
  }
  const description = article?.content ? htmlStringToText(article.content, { dropMachineSummaries: true }) : '';
  if (description.length >= MIN_ARTICLE_CHARS) return { title: collapseInline(article?.title ?? ''), description };
  const root = contentRoot(document) ?? document.body;
  return { title: collapseInline(article?.title ?? ''), description: root === null ? description : elementToText(root, { drop: MACHINE_SUMMARY_SELECTOR }) };
}

export function extractWithReadability(document: Document, url: URL): JobCandidate | null {
  const article = readableContent(document);
  const description = article.description;
  const title = guessTitle(document) || article.title;
  if (title === '' && description === '') return null;
  return {
    method: 'readability',
    title,
    company: guessCompany(document, url, title, description),
    location: locationFromPage(document),
    description,
  };
}
