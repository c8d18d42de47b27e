import { collapseInline } from '../text';
import { firstText, hostnameIs, joinedBlockText, present } from './dom';
import type { SiteAdapter } from './types';

/**
 * aijobs.net job pages. The site aggregates postings without naming the employer, so company is
 * reported as known-absent rather than guessed from the title ("Software Engineer - USDS") or
 * og:site_name (which repeats the title). The posting is a run of <h5> sections in <main> that
 * ends where "Related jobs" begins.
 */

function postingSections(main: Element): Element[] {
  const sections: Element[] = [];
  let inPosting = false;
  for (const child of Array.from(main.children)) {
    if (child.tagName === 'H5') inPosting = true;
    if (child.querySelector('#job_list') !== null || /^related jobs$/i.test(collapseInline(child.textContent ?? ''))) break;
    // The apply/copy-link row and the view counter carry no posting text.
    if (inPosting && child.querySelector('.btn') === null) sections.push(child);
  }
  return sections;
}

export const aijobsAdapter: SiteAdapter = {
  site: 'aijobs',
  matches: (url) => hostnameIs(url, 'aijobs.net') && url.pathname.startsWith('/job/'),
  extract(document) {
    const main = document.querySelector('main');
    if (main === null) return null;
    const title = firstText(main, ['h1']);
    if (title === '') return null;
    return {
      title,
      company: null,
      ...present('location', firstText(main, ['h1 + div strong'])),
      ...present('description', joinedBlockText(postingSections(main))),
    };
  },
};
