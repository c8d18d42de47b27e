import { collapseInline } from '../text';
import { hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * Hosted career sites where each employer has its own subdomain and the site's name is the
 * employer's (Teamtailor, Personio, Recruitee, BambooHR). JSON-LD usually carries the rest;
 * these read the page when it does not.
 */
function siteName(document: Document): string {
  return collapseInline(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '');
}

export const teamtailorAdapter: SiteAdapter = {
  site: 'teamtailor',
  matches: (url) => hostnameIs(url, 'teamtailor.com') && url.pathname.includes('/jobs/'),
  extract: (document) =>
    readLayout(document, {
      title: ['h1'],
      companyFallback: siteName,
      description: ['[data-controller*="job-description"]', '.prose', '.job-ad-body'],
    }),
};

export const personioAdapter: SiteAdapter = {
  site: 'personio',
  matches: (url) => /(^|\.)jobs\.personio\.(de|com)$/.test(url.hostname) && url.pathname.startsWith('/job/'),
  extract: (document) =>
    readLayout(document, {
      title: ['h1'],
      companyFallback: siteName,
      description: ['#job-details', '.job-description', '[class*="jobDescription"]'],
    }),
};

export const recruiteeAdapter: SiteAdapter = {
  site: 'recruitee',
  matches: (url) => hostnameIs(url, 'recruitee.com') && url.pathname.startsWith('/o/'),
  extract: (document) =>
    readLayout(document, {
      title: ['h1'],
      companyFallback: siteName,
      location: ['[class*="location" i]'],
      description: ['.description', '[class*="JobDescription"]', '[data-testid="job-description"]'],
    }),
};

export const bambooHrAdapter: SiteAdapter = {
  site: 'bamboohr',
  matches: (url) => hostnameIs(url, 'bamboohr.com') && url.pathname.startsWith('/careers/'),
  extract: (document) =>
    readLayout(document, {
      title: ['.BambooHR-ATS-board h2', '[class*="jobTitle" i]', 'h2'],
      companyFallback: siteName,
      location: ['[class*="location" i]'],
      description: ['.BambooHR-ATS-Description', '[class*="description" i]'],
    }),
};
