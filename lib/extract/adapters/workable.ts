import { collapseInline } from '../text';
import { firstText, hostnameIs, joinedBlockText, present } from './dom';
import { companyField } from '../company';
import type { SiteAdapter } from './types';

/**
 * Workable hosted pages (apply.workable.com/<company>/j/<id>). Description, requirements and
 * benefits are separate `data-ui` sections; the page title reads "<Title> - <Company>".
 */
export const workableAdapter: SiteAdapter = {
  site: 'workable',
  matches: (url) => hostnameIs(url, 'workable.com'),
  extract(document) {
    const title = firstText(document, ['[data-ui="job-title"]']);
    if (title === '') return null;
    const pageTitle = collapseInline(document.querySelector('head > title')?.textContent ?? '');
    const company = pageTitle.startsWith(`${title} - `) ? pageTitle.slice(title.length + 3) : '';
    const sections = ['job-description', 'job-requirements', 'job-benefits']
      .map((name) => document.querySelector(`[data-ui="${name}"]`))
      .filter((element): element is Element => element !== null);
    return {
      title,
      ...(company === '' ? {} : companyField(company)),
      ...present('location', firstText(document, ['[data-ui="job-location"]'])),
      ...present('description', joinedBlockText(sections)),
    };
  },
};
