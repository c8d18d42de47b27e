import { readLayout } from './dom';
import type { SiteAdapter } from './types';

/** StepStone (stepstone.de, .at, .be, .nl, …): the job ad marks its parts with `data-at` hooks. */
export const stepStoneAdapter: SiteAdapter = {
  site: 'stepstone',
  matches: (url) => /(^|\.)stepstone\.[a-z.]+$/.test(url.hostname),
  extract: (document) =>
    readLayout(document, {
      title: ['[data-at="header-job-title"]', '.listing-content-provider-job-title'],
      company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
      location: ['[data-at="metadata-location"]'],
      description: ['[data-at="job-ad-content"]', '[data-at="jobad-content"]', '.js-app-ld-ContentBlock'],
    }),
};
