import { cleanCompanyName } from '../company';
import { firstBlockText, firstText, hostnameIs, present } from './dom';
import type { SiteAdapter } from './types';

/** Arbetsförmedlingen's Platsbanken ad pages (arbetsformedlingen.se/platsbanken/annonser/<id>). */
export const platsbankenAdapter: SiteAdapter = {
  site: 'platsbanken',
  matches: (url) => hostnameIs(url, 'arbetsformedlingen.se') && url.pathname.includes('/platsbanken/annonser/'),
  extract(document) {
    const title = firstText(document, ['h1.break-title', '.job-header h1', 'h1']);
    if (title === '') return null;
    const company = cleanCompanyName(firstText(document, ['#pb-company-name']));
    // Displayed as "Kommun: Stockholm"; the label is UI, not location.
    const location = firstText(document, ['#pb-job-location']).replace(/^(kommun|ort|arbetsort)\s*:\s*/i, '');
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', location),
      ...present('description', firstBlockText(document, ['.job-description'])),
    };
  },
};
