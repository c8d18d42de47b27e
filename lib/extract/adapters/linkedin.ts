import { cleanCompanyName } from '../company';
import { firstBlockText, firstText, hostnameIs, present } from './dom';
import type { AdapterFields, SiteAdapter } from './types';

/**
 * LinkedIn job view, logged out (guest "top card") and logged in (unified top card in the job
 * details pane). Reads only inside the top card so that the prefilled search box ("… in Coburg,
 * VIC") and the sign-in modal, which repeat title and company, are never used.
 */

const LOGGED_IN_CARD = '.job-details-jobs-unified-top-card__container--two-pane, .job-details-jobs-unified-top-card, .jobs-unified-top-card';
const GUEST_CARD = '.top-card-layout, .topcard';

function loggedInFields(card: Element, document: Document): AdapterFields {
  // The primary line reads "Melbourne, Victoria, Australia · 2 weeks ago · 196 applicants".
  const metaLine = firstText(card, [
    '.job-details-jobs-unified-top-card__primary-description-container',
    '.job-details-jobs-unified-top-card__tertiary-description-container',
    '.jobs-unified-top-card__primary-description',
  ]);
  const location = metaLine.split('·')[0]?.trim() ?? '';
  const company = cleanCompanyName(
    firstText(card, ['.job-details-jobs-unified-top-card__company-name a', '.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name']),
  );
  return {
    ...present('title', firstText(card, ['.job-details-jobs-unified-top-card__job-title h1', '.job-details-jobs-unified-top-card__job-title', 'h1'])),
    ...(company !== null ? { company } : {}),
    ...present('location', location),
    ...present('description', firstBlockText(document, ['#job-details', '.jobs-description__content .jobs-box__html-content', '.jobs-description-content__text'])),
  };
}

function guestFields(card: Element, document: Document): AdapterFields {
  const company = cleanCompanyName(firstText(card, ['.topcard__org-name-link', 'a[data-tracking-control-name*="org-name"]', '.topcard__flavor:not(.topcard__flavor--bullet)']));
  return {
    ...present('title', firstText(card, ['.top-card-layout__title', '.topcard__title', 'h1'])),
    ...(company !== null ? { company } : {}),
    ...present('location', firstText(card, ['.topcard__flavor--bullet:not(.num-applicants__caption)'])),
    ...present('description', firstBlockText(document, ['.description__text .show-more-less-html__markup', '.show-more-less-html__markup', '.description__text'])),
  };
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  matches: (url) => hostnameIs(url, 'linkedin.com') && url.pathname.startsWith('/jobs'),
  extract(document) {
    const loggedInCard = document.querySelector(LOGGED_IN_CARD);
    if (loggedInCard !== null) return loggedInFields(loggedInCard, document);
    const guestCard = document.querySelector(GUEST_CARD);
    return guestCard === null ? null : guestFields(guestCard, document);
  },
};
