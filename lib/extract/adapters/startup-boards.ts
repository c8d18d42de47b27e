import { collapseInline } from '../text';
import { hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * Startup boards whose own name is everywhere on the page ("Wellfound", "Work at a Startup"):
 * the employer is the company block beside the posting, never og:site_name.
 */
export const wellfoundAdapter: SiteAdapter = {
  site: 'wellfound',
  matches: (url) => (hostnameIs(url, 'wellfound.com') || hostnameIs(url, 'angel.co')) && url.pathname.startsWith('/jobs/'),
  extract: (document) =>
    readLayout(document, {
      title: ['h1'],
      company: ['a[href^="/company/"] h2', 'a[href^="/company/"] span', 'a[href^="/company/"]'],
      location: ['[class*="location" i]'],
      description: ['[class*="description" i]', '#job-description'],
    }),
};

/** Y Combinator's Work at a Startup (workatastartup.com/jobs/<id>) and ycombinator.com job pages. */
export const workAtAStartupAdapter: SiteAdapter = {
  site: 'workatastartup',
  matches: (url) => (hostnameIs(url, 'workatastartup.com') && url.pathname.startsWith('/jobs/')) || (hostnameIs(url, 'ycombinator.com') && /\/companies\/[^/]+\/jobs\//.test(url.pathname)),
  extract: (document) =>
    readLayout(document, {
      title: ['.company-title + h1', '.job-title', 'h1'],
      company: ['.company-name', '.company-title a', 'a[href^="/companies/"] span', 'a[href^="/companies/"]'],
      location: ['.job-location', '[class*="location" i]'],
      description: ['.job-description', '.prose', '[class*="description" i]'],
      cleanLocation: (text) => collapseInline(text),
    }),
};

/**
 * XING job pages (xing.com/jobs/<city>-<slug>-<id>); JSON-LD carries most fields. The page names
 * the place only in unlabelled markers and in its title, "<job title> in <place> | XING Jobs".
 */
function xingTitleLocation(document: Document, jobTitle: string): string {
  const prefix = `${jobTitle} in `;
  const head = collapseInline(document.title).replace(/\s*\|\s*XING Jobs$/i, '');
  return head.startsWith(prefix) ? head.slice(prefix.length) : '';
}

export const xingAdapter: SiteAdapter = {
  site: 'xing',
  matches: (url) => hostnameIs(url, 'xing.com') && url.pathname.startsWith('/jobs/') && !url.pathname.startsWith('/jobs/search'),
  extract: (document) => {
    const fields = readLayout(document, {
      title: ['[data-testid="job-details-title"] h1', '[data-testid="job-details-title"]', 'h1'],
      company: ['[data-testid="job-details-company-info-name"]', '[data-testid="header-company-name"]'],
      description: ['[data-testid="expandable-content"]'],
    });
    if (fields === null) return null;
    const location = xingTitleLocation(document, fields.title ?? '');
    return location === '' ? fields : { ...fields, location };
  },
};
