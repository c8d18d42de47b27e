import { cleanCompanyName } from '../company';
import { firstBlockText, firstText, labelledValue, present } from './dom';
import type { SiteAdapter } from './types';

/**
 * jobs.ch and its sister site jobup.ch (same platform, `data-cy` hooks). The "Key information"
 * list carries the place of work; its label depends on the UI language.
 */
const PLACE_OF_WORK = /^(place of work|arbeitsort|lieu de travail|luogo di lavoro)\s*:\s*/i;

export const jobsChAdapter: SiteAdapter = {
  site: 'jobs-ch',
  matches: (url) => /(^|\.)(jobs|jobup)\.ch$/.test(url.hostname),
  extract(document) {
    const title = firstText(document, ['[data-cy="vacancy-title"]']);
    if (title === '') return null;
    const company = cleanCompanyName(firstText(document, ['[data-cy="vacancy-company"] [data-cy="company-link"]', '[data-cy="company-link"]']));
    return {
      title,
      ...(company !== null ? { company } : {}),
      ...present('location', labelledValue(document, '[data-cy="vacancy-info"] li', PLACE_OF_WORK)),
      ...present('description', firstBlockText(document, ['[data-cy="vacancy-description"]'])),
    };
  },
};
