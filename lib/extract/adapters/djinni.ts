import { hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * Djinni (djinni.co) job pages, /jobs/<id>-<slug>/, in Ukrainian or English. Search pages share
 * the /jobs/ prefix but have no numeric id and no posting body, so the title check rejects them.
 */
export const djinniAdapter: SiteAdapter = {
  site: 'djinni',
  matches: (url) => hostnameIs(url, 'djinni.co') && /^\/jobs\/\d+/.test(url.pathname),
  extract: (document) =>
    readLayout(document, {
      title: ['.job-post-page h1', '.detail--title-wrapper h1', 'h1'],
      company: ['.job-details--title', 'a[href^="/company/"]', 'a[href*="/jobs/?company="]'],
      location: ['.location-text', '.job-additional-info-item .location'],
      description: ['.job-post__description', '.job-post-page__description', '.js-original-text'],
    }),
};
