import { cleanCompanyName } from '../company';
import { collapseInline } from '../text';
import { firstText, hostnameIs, joinedBlockText, present } from './dom';
import type { SiteAdapter } from './types';

/**
 * Lever hosted postings (jobs.lever.co). The company appears only in the logo's alt text and in
 * the page title, which reads "<Company> - <Title>".
 */

function companyFromPageTitle(document: Document, title: string): string | null {
  const pageTitle = collapseInline(document.title);
  const suffix = ` - ${title}`;
  if (title !== '' && pageTitle.endsWith(suffix)) return cleanCompanyName(pageTitle.slice(0, -suffix.length));
  return null;
}

function companyFromLogo(document: Document): string | null {
  const alt = document.querySelector('.main-header-logo img[alt]')?.getAttribute('alt') ?? '';
  return cleanCompanyName(alt.replace(/\s*logo$/i, ''));
}

export const leverAdapter: SiteAdapter = {
  site: 'lever',
  matches: (url) => hostnameIs(url, 'lever.co'),
  extract(document) {
    const title = firstText(document, ['.posting-headline h2', '.posting-header h2']);
    if (title === '') return null;
    const company = companyFromPageTitle(document, title) ?? companyFromLogo(document);
    // Every content section except the header and the closing "Apply for this job" block.
    const sections = Array.from(document.querySelectorAll('.posting-page .section.page-centered')).filter(
      (section) => !section.classList.contains('posting-header') && section.querySelector('.postings-btn, .template-btn-submit') === null,
    );
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', firstText(document, ['.posting-categories .location', '.posting-category.location'])),
      ...present('description', joinedBlockText(sections)),
    };
  },
};
