import { cleanCompanyName } from '../company';
import { firstBlockText, firstText, present } from './dom';
import type { SiteAdapter } from './types';

/** SEEK (Australia / New Zealand); its DOM is addressed through stable `data-automation` hooks. */
export const seekAdapter: SiteAdapter = {
  site: 'seek',
  matches: (url) => /(^|\.)seek\.(com\.au|co\.nz|com)$/.test(url.hostname),
  extract(document) {
    const title = firstText(document, ['[data-automation="job-detail-title"]']);
    if (title === '') return null;
    const company = cleanCompanyName(firstText(document, ['[data-automation="advertiser-name"]']));
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', firstText(document, ['[data-automation="job-detail-location"]'])),
      ...present('description', firstBlockText(document, ['[data-automation="jobAdDetails"]'])),
    };
  },
};
