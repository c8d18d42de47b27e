import { firstAttribute, hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/** Jobvite hosted postings (jobs.jobvite.com/<company>/job/<id>); the employer is the logo's alt text. */
export const jobviteAdapter: SiteAdapter = {
  site: 'jobvite',
  matches: (url) => hostnameIs(url, 'jobvite.com'),
  extract: (document) =>
    readLayout(document, {
      title: ['.jv-header', '.jv-job-detail-header h2'],
      companyFallback: (doc) => firstAttribute(doc, '.jv-logo img, .jv-page-header img', 'alt').replace(/\s*(?:logo|careers?)$/i, ''),
      location: ['.jv-job-detail-meta'],
      // The meta line reads "Engineering | Austin, Texas": department first.
      cleanLocation: (text) => text.split(/\s*[|·]\s*/).pop() ?? text,
      description: ['.jv-job-detail-description'],
    }),
};
