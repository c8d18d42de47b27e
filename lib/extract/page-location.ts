import { collapseInline } from './text';

/**
 * The job's place read from the page when no structured data or adapter gives it: a labelled
 * value ("Location: Berlin", "<dt>Ubicación</dt><dd>Montevideo</dd>", "工作地点：北京") in any of
 * the languages job sites use, or an address item marked up with schema.org properties.
 */

const LOCATION_LABEL = new RegExp(
  '^(?:job location|work location|locations|location|place of work|based in|office|' +
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
const MAX_TEXT_NODES = 5000;

function clean(value: string): string {
  const text = collapseInline(value).replace(/^[:：\-–—·•|]+\s*/, '');
  return text.length > 0 && text.length <= MAX_LOCATION_CHARS ? text : '';
}

const EXCLUDED = 'nav, footer, header[role="banner"], form, [role="search"], script, style, template, [hidden], [aria-hidden="true"]';

/** The text after `element` in reading order: its next sibling, or its parent's next sibling. */
function followingText(element: Element): string {
  for (let current: Element | null = element, depth = 0; current !== null && depth < 3; current = current.parentElement, depth++) {
    const next = current.nextElementSibling;
    if (next !== null) return clean(next.textContent ?? '');
  }
  return '';
}

/**
 * The value after a label: in the same text ("Location: Berlin") or the next element
 * (<dt>/<dd>, label span + value span). Walks text nodes once, so a 2 MB page costs one pass.
 */
function labelledLocation(document: Document): string {
  if (document.body === null) return '';
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  // Labels sit near the posting's header; the tail of a huge page is related jobs and reviews.
  let budget = MAX_TEXT_NODES;
  for (let node = walker.nextNode(); node !== null && budget-- > 0; node = walker.nextNode()) {
    const text = collapseInline(node.nodeValue ?? '');
    if (text.length === 0 || text.length > MAX_LOCATION_CHARS + 30) continue;
    const match = LOCATION_LABEL.exec(text);
    if (match === null) continue;
    const element = node.parentElement;
    if (element === null || element.closest(EXCLUDED) !== null) continue;
    const rest = clean(text.slice(match[0].length));
    if (rest !== '') {
      // "Location: Berlin" in one text; without a colon, "Location services" is not a label.
      if (/[:：]/.test(match[0])) return rest;
      continue;
    }
    // The label is the whole text: the value follows its element, or the rest of its parent line.
    const line = collapseInline(element.parentElement?.textContent ?? '');
    const after = element.parentElement !== null && line.length <= MAX_LOCATION_CHARS + 30 ? clean(line.slice(line.indexOf(text) + text.length)) : '';
    const value = after || followingText(element);
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
