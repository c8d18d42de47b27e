import { cleanCompanyName } from '../company';
import { firstBlockText, firstText, present } from './dom';
import type { SiteAdapter } from './types';

/** Indeed "viewjob" pages (any country domain) and the job pane on search pages. */
export const indeedAdapter: SiteAdapter = {
  site: 'indeed',
  matches: (url) => /(^|\.)indeed\.[a-z.]+$/.test(url.hostname),
  extract(document) {
    const title = firstText(document, ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title'])
      // Screen-reader suffix Indeed appends to the heading.
      .replace(/\s*-\s*job post$/i, '');
    if (title === '') return null;
    const company = cleanCompanyName(
      firstText(document, ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-InlineCompanyRating a']),
    );
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', firstText(document, ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]'])),
      ...present('description', firstBlockText(document, ['#jobDescriptionText'])),
    };
  },
};
