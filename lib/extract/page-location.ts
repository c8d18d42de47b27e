import { collapseInline } from './text';

/**
 * The job's place read from the page when no structured data or adapter gives it: a labelled
 * value ("Location: Berlin", "<dt>Ubicación</dt><dd>Montevideo</dd>", "工作地点：北京") in any of
 * the languages job sites use, or an address item marked up with schema.org properties.
 */

const LOCATION_LABEL = new RegExp(
  '^(?:job location|work location|location|locations|place of work|based in|office|' +
    'ubicaci[oó]n|lugar de trabajo|localidad|ciudad|' +
    'lieu(?: de travail)?|localisation|ville|' +
    'arbeitsort|standort|einsatzort|dienstort|ort|' +
    'localiza[cç][aã]o|local de trabalho|cidade|sede|localit[aà]|luogo di lavoro|' +
    'locatie|standplaats|werklocatie|plats|arbetsort|placering|arbejdssted|arbeidssted|sted|sijainti|työpaikan sijainti|' +
    'lokalizacja|miejsce pracy|miasto|místo výkonu práce|lokalita|locație|locatie|konum|iş yeri|şehir|lokasi|penempatan|địa điểm(?: làm việc)?|' +
    'местоположение|место работы|город|адрес|місто|місце роботи|локація|розташування|' +
    '工作地点|工作地址|工作城市|地点|勤務地|勤務先|근무지|근무 지역|' +
    'الموقع|مكان العمل|المدينة|موقع العمل|محل کار|מיקום|स्थान|สถานที่ทำงาน)\\s*[:：]?\\s*',
  'iu',
);

const MAX_LOCATION_CHARS = 120;

function clean(value: string): string {
  const text = collapseInline(value).replace(/^[:：\-–—·•|]+\s*/, '');
  return text.length > 0 && text.length <= MAX_LOCATION_CHARS ? text : '';
}

/** The value after a label: in the same element ("Location: Berlin") or the next one (<dt>/<dd>). */
function labelledLocation(document: Document): string {
  const labels = document.body?.querySelectorAll('dt, th, strong, b, span, label, h3, h4, h5, h6, p, div, li') ?? [];
  for (const element of Array.from(labels)) {
    if (element.closest('nav, footer, header[role="banner"], form, [role="search"], script, style, template, [hidden], [aria-hidden="true"]') !== null) continue;
    // Only elements whose own text is short: a label, or a "Label: value" line.
    const text = collapseInline(element.textContent ?? '');
    if (text.length === 0 || text.length > MAX_LOCATION_CHARS + 30) continue;
    const match = LOCATION_LABEL.exec(text);
    if (match === null) continue;
    const rest = clean(text.slice(match[0].length));
    if (rest !== '' && /[:：]/.test(match[0])) return rest;
    if (rest !== '') continue;
    const next = element.nextElementSibling ?? element.parentElement?.nextElementSibling ?? null;
    const value = next === null ? '' : clean(next.textContent ?? '');
    if (value !== '' && !LOCATION_LABEL.test(value)) return value;
  }
  return '';
}

/** schema.org address parts used in markup outside a JobPosting item. */
function addressItem(document: Document): string {
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((prop) => {
      const element = document.querySelector(`[itemprop="${prop}"]`);
      return collapseInline(element?.getAttribute('content') ?? element?.textContent ?? '');
    })
    .filter((part) => part !== '');
  return clean([...new Set(parts)].join(', '));
}

export function locationFromPage(document: Document): string {
  return labelledLocation(document) || addressItem(document);
}
