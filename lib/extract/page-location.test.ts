// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { locationFromPage } from './page-location';
import { documentFromHtml } from './test-support';

/** The place read off a page that has no structured data for it: labelled values and address markup. */

const URL = 'https://careers.example.org/jobs/7';

function page(body: string, head = '<title>Job</title>'): Document {
  return documentFromHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, URL);
}

const where = (body: string) => locationFromPage(page(body));

describe('labelled location on the page', () => {
  it.each([
    ['English', '<p>Location: Berlin, Germany</p>', 'Berlin, Germany'],
    ['English, capitalised', '<p>JOB LOCATION: Leeds</p>', 'Leeds'],
    ['English, several places', '<p>Locations: Berlin, Munich</p>', 'Berlin, Munich'],
    ['Spanish', '<p>Ubicación: Montevideo, Uruguay</p>', 'Montevideo, Uruguay'],
    ['French, with a space before the colon', '<p>Lieu de travail : Lyon</p>', 'Lyon'],
    ['German', '<p>Arbeitsort: München</p>', 'München'],
    ['Portuguese', '<p>Localização: Lisboa</p>', 'Lisboa'],
    ['Italian', '<p>Sede: Milano</p>', 'Milano'],
    ['Dutch', '<p>Standplaats: Utrecht</p>', 'Utrecht'],
    ['Finnish', '<p>Sijainti: Helsinki</p>', 'Helsinki'],
    ['Polish', '<p>Miejsce pracy: Kraków</p>', 'Kraków'],
    ['Turkish', '<p>Konum: İstanbul</p>', 'İstanbul'],
    ['Russian', '<p>Место работы: Москва</p>', 'Москва'],
    ['Ukrainian', '<p>Місто: Київ</p>', 'Київ'],
    ['Chinese, full-width colon', '<p>工作地点：北京</p>', '北京'],
    ['Japanese', '<p>勤務地：東京都渋谷区</p>', '東京都渋谷区'],
    ['Korean', '<p>근무지: 서울</p>', '서울'],
    ['Arabic', '<p>الموقع: دبي</p>', 'دبي'],
    ['Hebrew', '<p>מיקום: תל אביב</p>', 'תל אביב'],
    ['Hindi', '<p>स्थान: पुणे</p>', 'पुणे'],
  ])('reads "Label: value" in %s', (_language, body, expected) => {
    expect(where(body)).toBe(expected);
  });

  it('reads the value after a bold label in the same line, with the separators boards put between them', () => {
    expect(where('<p><strong>Location:</strong> Galway, Ireland</p>')).toBe('Galway, Ireland');
    // "Location :- Pune" is how many Indian boards write it.
    expect(where('<p><strong>Location</strong> :- Pune, Maharashtra</p>')).toBe('Pune, Maharashtra');
    expect(where('<p><b>Location</b>:Aix-en-Provence</p>')).toBe('Aix-en-Provence');
    expect(where('<p>Lieu de travail : Aix-en-Provence</p>')).toBe('Aix-en-Provence');
    expect(where('<p><span class="label">Location</span> · <span>Frankfurt am Main - Sachsenhausen</span></p>')).toBe('Frankfurt am Main - Sachsenhausen');
  });

  it('reads a <dt>/<dd> pair and a label heading followed by its value', () => {
    expect(where('<dl><div><dt>Ubicación</dt><dd>Montevideo</dd></div></dl>')).toBe('Montevideo');
    const longIntro = 'We are a family-owned logistics company with depots across the north of England, and we have been moving furniture since 1962. ';
    // The label's line is long (the whole facts box), so the value is the element after the label.
    expect(where(`<div class="job-facts"><h4>Location</h4><p>Leeds, West Yorkshire</p><h4>About us</h4><p>${longIntro}</p></div>`)).toBe('Leeds, West Yorkshire');
  });

  it('reads the value beside the label in a line of up to 150 characters, and the next element in a longer box', () => {
    const terms = 'Permanent, full-time position (38.5 hours a week), starting in spring, with 30 days of paid leave and a pension plan. ';
    const line = `<p class="facts">${terms}<strong>Location:</strong> Leeds</p><p>Apply by 30 June.</p>`;
    expect(`${terms}Location: Leeds`.trim().length).toBe(133);
    expect(where(line)).toBe('Leeds');
    const padded = `${terms}Shifts 6–14 hrs. `;
    expect(`${padded}Location: Leeds`.trim().length).toBe(150);
    expect(where(`<p class="facts">${padded}<strong>Location:</strong> Leeds</p><p>Apply by 30 June.</p>`)).toBe('Leeds');
    // In a longer box, what follows the label in the box's text runs into the next fields.
    const box = `<div class="job-facts"><p>${terms}</p><h4>Location</h4><p>Leeds, West Yorkshire</p><p>Full-time</p></div>`;
    expect(where(box)).toBe('Leeds, West Yorkshire');
  });

  it('looks for the value after the label’s parent when the label ends its own box', () => {
    expect(where('<div class="row"><div class="cell"><span>Location</span></div><div class="cell">Tallinn, Estonia</div></div>')).toBe('Tallinn, Estonia');
    expect(where('<div class="row"><div class="cell"><div><span>Location</span></div></div><div class="cell">Riga, Latvia</div></div>')).toBe('Riga, Latvia');
  });

  it('does not take unrelated text far from a label that has no value', () => {
    expect(where('<main><div class="filters"><div><div><span>Location</span></div></div></div><p>Apply by 30 June.</p></main>')).toBe('');
  });

  it('skips a label with nothing after it and reads the next one', () => {
    const body = '<aside><div><div><h3>Location</h3></div></div></aside><main><p>Location: Bergen, Norway</p></main>';
    expect(where(body)).toBe('Bergen, Norway');
  });

  it('never takes another label for the value', () => {
    expect(where('<dl><dt>Office</dt><dd>Location: Madrid</dd></dl>')).toBe('Madrid');
  });

  it('handles a label that is the last text of the page', () => {
    expect(where('<p>Nurse (nights)</p>Location')).toBe('');
  });

  it('does not read a word that merely starts with a label, without a colon', () => {
    expect(where('<p>Location services are our core business.</p>')).toBe('');
    expect(where('<p>Office-based role, three days a week.</p><p>Location: Cardiff</p>')).toBe('Cardiff');
  });

  it('ignores labels in navigation, footers, search forms and hidden elements', () => {
    const body =
      '<nav><a href="/l">Location: Anywhere</a></nav>' +
      '<form role="search"><label>Location: Remote only</label></form>' +
      '<div hidden>Location: Hidden City</div>' +
      '<main><p>Location: Kraków, Poland</p></main>' +
      '<footer>Office: 1 Harbour Street, Dublin</footer>';
    expect(where(body)).toBe('Kraków, Poland');
    expect(where('<main><p>Join us.</p></main><footer>Office: 1 Harbour Street, Dublin</footer>')).toBe('');
  });

  it('refuses values too long to be a place, and long paragraphs that start like a label', () => {
    const tooLong = `Location: ${'Berlin, Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Düsseldorf, Leipzig, Dortmund, Essen, Bremen, Dresden, '.repeat(2)}`;
    expect(where(`<p>${tooLong}</p>`)).toBe('');
    expect(where(`<p>${tooLong}</p><p>Apply by 30 June.</p>`)).toBe('');
    const paragraph = `Location is everything for a bakery: ${'we chose our corner shops with care and we love our neighbourhoods. '.repeat(3)}`;
    expect(where(`<p>${paragraph}</p>`)).toBe('');
  });

  it('accepts a value of up to 120 characters', () => {
    const value = 'Berlin, Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Düsseldorf, Leipzig, Dortmund, Essen, Bremen, Dresden, Osnabrück';
    expect(value.length).toBe(120);
    expect(where(`<p>Location: ${value}</p>`)).toBe(value);
    expect(where(`<p>Location: ${value}s</p>`)).toBe('');
    const medium = 'Lisbon, Porto, Braga, Coimbra, Faro, Aveiro, Évora, Setúbal, Funchal, Ponta Delgada';
    expect(where(`<p>Location: ${medium}</p>`)).toBe(medium);
  });

  it('stops looking after the first 5,000 text nodes: the tail of a huge page is related jobs', () => {
    const reviews = Array.from({ length: 5100 }, (_, index) => `<li>Review ${index}</li>`).join('');
    expect(where(`<main><h1>Baker</h1></main><ul>${reviews}</ul><p>Location: Springfield</p>`)).toBe('');
    const texts = (count: number) => Array.from({ length: count }, (_, index) => `<li>Review ${index}</li>`).join('');
    // "Baker", the reviews, then the label: the 5,000th text node is still read, the 5,001st is not.
    expect(where(`<main><h1>Baker</h1></main><ul>${texts(4998)}</ul><p>Location: Springfield</p>`)).toBe('Springfield');
    expect(where(`<main><h1>Baker</h1></main><ul>${texts(4999)}</ul><p>Location: Springfield</p>`)).toBe('');
  });

  it('reads nothing from a document without a body (an XML feed)', () => {
    const feed = new JSDOM('<?xml version="1.0"?><feed><entry><title>Baker</title><location>Location: Leith</location></entry></feed>', {
      url: URL,
      contentType: 'application/xml',
    }).window.document;
    expect(locationFromPage(feed)).toBe('');
  });
});

describe('address markup outside a JobPosting item', () => {
  it('joins locality, region and country, from text or content attributes', () => {
    const body =
      '<div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">12 Park Row</span>, ' +
      '<span itemprop="addressLocality"> Leeds </span><meta itemprop="addressRegion" content="West Yorkshire"><span itemprop="addressCountry">GB</span></div>';
    expect(where(body)).toBe('Leeds, West Yorkshire, GB');
  });

  it('names a city-state once', () => {
    expect(where('<span itemprop="addressLocality">Luxembourg</span><span itemprop="addressCountry">Luxembourg</span>')).toBe('Luxembourg');
  });

  it('prefers a labelled value to address markup, and uses the markup when there is no label', () => {
    const address = '<footer><span itemprop="addressLocality">Bristol</span></footer>';
    expect(where(`<main><p>Location: Bath</p></main>${address}`)).toBe('Bath');
    expect(where(`<main><p>Come and bake with us.</p></main>${address}`)).toBe('Bristol');
  });
});

it('fills the location of a posting whose structured data names none', () => {
  const description = 'You will bake bread and pastries for our three shops every morning, and train two apprentices. '.repeat(3);
  const posting = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Baker', hiringOrganization: { name: 'Crumb Bakery' }, description });
  const html = `<!DOCTYPE html><html><head><title>Baker</title><script type="application/ld+json">${posting}</script></head><body><h1>Baker</h1><p>Arbeitsort: Leipzig</p></body></html>`;
  expect(extractJobPosting(documentFromHtml(html, URL), URL)).toMatchObject({ found: true, location: 'Leipzig' });
});
