import { readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * The Hub (thehub.io / .dk / .se / .fi, hub.no): Nordic startup jobs. The employer's name heads
 * the hero block above the job title; the pill below it reads "<job type>, <city>".
 */
export const theHubAdapter: SiteAdapter = {
  site: 'thehub',
  matches: (url) => /(^|\.)(thehub\.(io|dk|se|fi)|hub\.no)$/.test(url.hostname) && url.pathname.startsWith('/jobs/'),
  extract: (document) =>
    readLayout(document, {
      title: ['hero h1', '.view-job-details h2', '.job-header h1'],
      company: ['hero h3', '.view-job-details .company-name', '.job-header .company'],
      location: ['hero .pill', '.view-job-details .location'],
      // "Internship, Copenhagen" → "Copenhagen": the job type comes first.
      cleanLocation: (text) => (text.includes(',') ? text.slice(text.indexOf(',') + 1).trim() : text),
      description: ['.text-body', '.view-job-details .text-block-rich'],
    }),
};
