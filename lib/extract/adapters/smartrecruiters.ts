import { firstAttribute, hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * SmartRecruiters hosted postings (jobs.smartrecruiters.com/<Company>/<id>-<slug>). The employer
 * is in the microdata `hiringOrganization` meta; the location in `<spl-job-location>`.
 */
export const smartRecruitersAdapter: SiteAdapter = {
  site: 'smartrecruiters',
  matches: (url) => hostnameIs(url, 'smartrecruiters.com'),
  extract: (document) =>
    readLayout(document, {
      title: ['h1.job-title', '[itemprop="title"]'],
      companyFallback: (doc) => firstAttribute(doc, '[itemprop="hiringOrganization"] [itemprop="name"]', 'content'),
      location: ['.job-details [itemprop="jobLocation"]', 'spl-job-location', '.job-location'],
      description: ['[itemprop="description"]', '.job-sections'],
    }),
};
