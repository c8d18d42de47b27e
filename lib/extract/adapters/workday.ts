import { firstBlockText, firstText, present } from './dom';
import type { SiteAdapter } from './types';

/**
 * Workday career sites (*.myworkdayjobs.com) after client-side rendering. The server-rendered
 * shell has an empty body; there the JSON-LD in <head> carries everything and this adapter finds
 * nothing. Workday never prints the employer's name near the posting, so company is left to
 * JSON-LD rather than guessed from the tenant subdomain.
 */
export const workdayAdapter: SiteAdapter = {
  site: 'workday',
  matches: (url) => /(^|\.)myworkdayjobs\.com$|(^|\.)myworkdaysite\.com$/.test(url.hostname),
  extract(document) {
    const title = firstText(document, ['[data-automation-id="jobPostingHeader"]']);
    if (title === '') return null;
    // The locations block is "<dt>locations</dt><dd>Mountlake Terrace, WA</dd>".
    const location = firstText(document, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]']).replace(/^locations\s*/i, '');
    return {
      title,
      ...present('location', location),
      ...present('description', firstBlockText(document, ['[data-automation-id="jobPostingDescription"]'])),
    };
  },
};
