import { readLayout } from './dom';
import type { SiteAdapter } from './types';

/** hh.ru and its sister sites (hh.kz, hh.uz, rabota.by, headhunter.ge): stable `data-qa` hooks. */
export const headHunterAdapter: SiteAdapter = {
  site: 'headhunter',
  matches: (url) => /(^|\.)(hh\.(ru|kz|uz)|rabota\.by|headhunter\.(ge|kg))$/.test(url.hostname) && url.pathname.startsWith('/vacancy/'),
  extract: (document) =>
    readLayout(document, {
      title: ['[data-qa="vacancy-title"]'],
      company: ['[data-qa="vacancy-company-name"]', '[data-qa="vacancy-company__details"]'],
      location: ['[data-qa="vacancy-view-location"]', '[data-qa="vacancy-view-raw-address"]'],
      description: ['[data-qa="vacancy-description"]'],
    }),
};
