import { cleanCompanyName } from '../company';
import { collapseInline } from '../text';
import { firstBlockText, firstText, hostnameIs, present } from './dom';
import type { SiteAdapter } from './types';

/**
 * Greenhouse hosted boards: the current layout (job-boards.greenhouse.io, `.job__title`) and the
 * classic one (boards.greenhouse.io, `#header .app-title`). Neither shows the company as text
 * near the title, but both page titles read "Job Application for <title> at <company>".
 */

function companyFromPageTitle(document: Document): string | null {
  const match = /\bat\s+(.+)$/i.exec(collapseInline(document.title));
  return cleanCompanyName(match?.[1]);
}

export const greenhouseAdapter: SiteAdapter = {
  site: 'greenhouse',
  matches: (url) => hostnameIs(url, 'greenhouse.io'),
  extract(document) {
    const title = firstText(document, ['.job__title h1', '#header .app-title', 'h1.app-title', '.job__title']);
    if (title === '') return null;
    const company = cleanCompanyName(firstText(document, ['#header .company-name']).replace(/^at\s+/i, '')) ?? companyFromPageTitle(document);
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', firstText(document, ['.job__location', '#header .location', '.location'])),
      ...present('description', firstBlockText(document, ['.job__description', '#content'])),
    };
  },
};
