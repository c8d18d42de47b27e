import { collapseInline } from '../text';
import { hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * Хабр Карьера (career.habr.com). The "Местоположение и тип занятости" section reads
 * "Санкт-Петербург • Полный рабочий день • Можно удаленно"; the place comes first.
 */
function placeOfWork(document: Document): string {
  for (const section of Array.from(document.querySelectorAll('.content-section'))) {
    const heading = collapseInline(section.querySelector('.content-section__title')?.textContent ?? '');
    if (!/местоположение|location/i.test(heading)) continue;
    const value = collapseInline(section.textContent ?? '').slice(heading.length);
    return value.split('•')[0]?.trim() ?? '';
  }
  return '';
}

export const habrCareerAdapter: SiteAdapter = {
  site: 'habr-career',
  matches: (url) => hostnameIs(url, 'career.habr.com') && url.pathname.startsWith('/vacancies/'),
  extract(document) {
    const fields = readLayout(document, {
      title: ['.vacancy-header__title h1', '.page-title__title'],
      company: ['.vacancy-company .company_name a', '.company_name a'],
      description: ['.vacancy-description__text'],
    });
    const location = placeOfWork(document);
    return fields === null ? null : { ...fields, ...(location === '' ? {} : { location }) };
  },
};
