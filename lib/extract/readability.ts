import { Readability } from '@mozilla/readability';
import type { JobCandidate } from './candidate';
import { htmlStringToText } from './html-to-text';
import { MACHINE_SUMMARY_SELECTOR } from './machine-summaries';
import { collapseInline } from './text';
import { guessCompany, guessTitle } from './title-heuristics';

/**
 * Last resort for pages with no structured data and no adapter: Mozilla Readability finds the main
 * text. Readability rewrites the document it is given, so it only ever sees a clone.
 */

// Job ads are shorter than the news articles Readability is tuned for.
const MIN_ARTICLE_CHARS = 200;

export function extractWithReadability(document: Document, url: URL): JobCandidate | null {
  const clone = document.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const description = article?.content ? htmlStringToText(article.content, document, { drop: MACHINE_SUMMARY_SELECTOR }) : '';
  const title = guessTitle(document) || collapseInline(article?.title ?? '');
  if (title === '' && description === '') return null;
  return {
    method: 'readability',
    title,
    company: guessCompany(document, url, title, description),
    location: '',
    description,
  };
}
