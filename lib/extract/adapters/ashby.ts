import { cleanCompanyName } from '../company';
import { collapseInline } from '../text';
import { firstBlockText, firstText, hostnameIs, present } from './dom';
import type { SiteAdapter } from './types';

/**
 * Ashby hosted boards (jobs.ashbyhq.com). The left pane lists "Location", "Location Type", … as
 * heading + value sections; the page title reads "<Title> @ <Company>".
 */

function leftPaneValue(document: Document, heading: RegExp): string {
  for (const section of Array.from(document.querySelectorAll('.ashby-job-posting-left-pane > div'))) {
    const label = collapseInline(section.querySelector('h2, h3')?.textContent ?? '');
    if (heading.test(label)) return collapseInline(section.querySelector('p, span, div')?.textContent ?? '');
  }
  return '';
}

export const ashbyAdapter: SiteAdapter = {
  site: 'ashby',
  matches: (url) => hostnameIs(url, 'ashbyhq.com'),
  extract(document) {
    const title = firstText(document, ['.ashby-job-posting-heading', 'h1']);
    if (title === '') return null;
    const company = cleanCompanyName(/\s@\s(.+)$/.exec(collapseInline(document.title))?.[1]);
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', leftPaneValue(document, /^location$/i)),
      ...present('description', firstBlockText(document, ['.ashby-job-posting-description', '[class*="_descriptionText_"]'])),
    };
  },
};
