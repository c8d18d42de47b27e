import { collapseInline } from '../text';
import { firstAttribute, hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * BOSS直聘 (zhipin.com) job pages. The posting text is the first `.job-sec-text`; the second
 * (`.fold-text`) is the company introduction. The employer's short name is the title of the
 * company link in the sidebar; the header line names the city.
 */
export const zhipinAdapter: SiteAdapter = {
  site: 'zhipin',
  matches: (url) => hostnameIs(url, 'zhipin.com') && url.pathname.includes('job_detail'),
  extract: (document) =>
    readLayout(document, {
      title: ['.job-banner .name h1', '.job-primary .name h1', '.job-title'],
      company: ['.job-banner .company-name'],
      companyFallback: (doc) =>
        firstAttribute(doc, 'a[ka="job-detail-company_custompage"], .sider-company .company-info a[title]', 'title') ||
        collapseInline(doc.querySelector('.sider-company .company-info')?.textContent ?? ''),
      location: ['.job-banner .text-city', '.location-address'],
      description: ['.job-detail .job-sec-text:not(.fold-text)', '.job-sec-text:not(.fold-text)'],
    }),
};
