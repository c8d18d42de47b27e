// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { extractFromMicrodata } from './microdata';
import { documentFromHtml, loadFixture } from './test-support';

it('reads a microdata JobPosting with nested organisation and address items', () => {
  const url = 'https://www.stadtwerke-beispielstadt.example/karriere/elektroniker';
  const result = extractJobPosting(loadFixture('microdata.html', url), url);
  expect(result).toMatchObject({
    found: true,
    method: 'microdata',
    title: 'Elektroniker für Betriebstechnik (m/w/d)',
    company: 'Stadtwerke Beispielstadt GmbH',
    location: 'Beispielstadt, Niedersachsen, DE',
  });
  if (!result.found) return;
  expect(result.description).toBe(
    'Wir versorgen 80.000 Haushalte mit Strom, Wasser und Wärme und suchen Verstärkung für unser Umspannwerk.\n\nIhre Aufgaben\n\n• Wartung der Schaltanlagen\n• Rufbereitschaft im Wechsel',
  );
});


const PAGE_URL = 'https://karriere.example.de/stellen/42';
const TASKS = '<p>Sie planen die Touren unserer 40 Lieferwagen und halten den Kontakt zu Filialen und Fahrern, jeden Tag von 6 bis 14 Uhr.</p>';

/** A page with one microdata JobPosting; `inside` is the markup within the item. */
function posting(inside: string, itemtype = 'https://schema.org/JobPosting'): Document {
  return documentFromHtml(
    `<!DOCTYPE html><html lang="de"><head><title>Stellenangebot</title></head><body><article itemscope itemtype="${itemtype}">${inside}</article></body></html>`,
    PAGE_URL,
  );
}

function read(inside: string, itemtype?: string) {
  const candidate = extractFromMicrodata(posting(inside, itemtype));
  if (candidate === null) throw new Error('expected a microdata posting');
  return candidate;
}

const TITLE = '<h1 itemprop="title">Disponent (m/w/d)</h1>';

describe('microdata JobPosting', () => {
  it.each([
    ['https://schema.org/JobPosting'],
    ['http://schema.org/JobPosting'],
    ['JobPosting'],
    ['https://schema.org/JobPosting https://schema.org/Thing'],
    ['https://schema.org/Thing https://schema.org/JobPosting'],
  ])('recognises itemtype "%s"', (itemtype) => {
    expect(read(TITLE, itemtype).title).toBe('Disponent (m/w/d)');
  });

  it('reads no posting from other item types', () => {
    expect(extractFromMicrodata(posting(TITLE, 'https://schema.org/Organization'))).toBeNull();
    expect(extractFromMicrodata(posting(TITLE, 'https://example.com/schema/InternalJobPosting'))).toBeNull();
    expect(extractFromMicrodata(documentFromHtml('<html><body><h1>Disponent</h1></body></html>', PAGE_URL))).toBeNull();
  });

  it('takes the posting’s own name when it has no title, never the employer’s name', () => {
    const organisation = '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Spedition Nord GmbH</span></div>';
    expect(read(`${organisation}<h1 itemprop="name">Disponent (m/w/d)</h1>`).title).toBe('Disponent (m/w/d)');
    expect(read(`${organisation}<h1>Disponent (m/w/d)</h1>`).title).toBe('');
  });

  it('follows the HTML microdata value rules: content attribute, <meta> content, <time> datetime, else the text', () => {
    expect(read('<h1 itemprop="title" content="Disponent (m/w/d)">Disponent*in</h1>').title).toBe('Disponent (m/w/d)');
    expect(read('<meta itemprop="title" content=" Disponent  (m/w/d) ">').title).toBe('Disponent (m/w/d)');
    expect(read('<meta itemprop="title"><h1 itemprop="name">Disponent (m/w/d)</h1>').title).toBe('Disponent (m/w/d)');
    expect(read('<time itemprop="title" datetime="Disponent (m/w/d)">ab sofort</time>').title).toBe('Disponent (m/w/d)');
    expect(read('<time itemprop="title">Disponent (m/w/d)</time>').title).toBe('Disponent (m/w/d)');
  });

  describe('employer', () => {
    it('reads an Organization item by name, else by legal name', () => {
      const named =
        '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><a itemprop="url" href="https://spedition-nord.example">Website</a> <span itemprop="name">Spedition Nord</span> <span itemprop="legalName">Spedition Nord GmbH &amp; Co. KG</span></div>';
      expect(read(TITLE + named).company).toBe('Spedition Nord');
      const legal = '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><a itemprop="url" href="https://spedition-nord.example">Website</a> <span itemprop="legalName">Spedition Nord GmbH</span></div>';
      expect(read(TITLE + legal).company).toBe('Spedition Nord GmbH');
    });

    it('reads an employer written as plain text', () => {
      expect(read(`${TITLE}<p>bei <span itemprop="hiringOrganization">Spedition Nord GmbH</span></p>`).company).toBe('Spedition Nord GmbH');
    });

    it('leaves the employer to other methods when the item names none', () => {
      expect(read(TITLE).company).toBeUndefined();
    });
  });

  describe('location', () => {
    const place = (inside: string) => `<div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">${inside}</div>`;

    it('reads a PostalAddress item, skipping parts it lacks, and countries given as items', () => {
      const address =
        '<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Hafenstraße 3</span> <span itemprop="addressLocality">Bremen</span> ' +
        '<span itemprop="addressCountry" itemscope itemtype="https://schema.org/Country"><span itemprop="name">Deutschland</span> (<abbr itemprop="alternateName">DE</abbr>)</span></div>';
      expect(read(TITLE + place(address)).location).toBe('Bremen, Deutschland');
    });

    it('reads address parts written on the Place itself, a plain-text address, and a place known only by name', () => {
      expect(read(TITLE + place('<span itemprop="addressLocality">Kiel</span> <meta itemprop="addressRegion" content="Schleswig-Holstein">')).location).toBe('Kiel, Schleswig-Holstein');
      expect(read(TITLE + place('<span itemprop="address">Am Sandtorkai 1, 20457 Hamburg</span>')).location).toBe('Am Sandtorkai 1, 20457 Hamburg');
      expect(read(TITLE + place('<span itemprop="name">Zentrallager Hannover</span>')).location).toBe('Zentrallager Hannover');
      expect(read(`${TITLE}<p>Einsatzort: <span itemprop="jobLocation">Lübeck</span></p>`).location).toBe('Lübeck');
    });

    it('lists several places once each, skipping empty ones and places of other postings shown inside this one', () => {
      const similar = '<aside itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Fahrer (m/w/d)</h2><span itemprop="jobLocation">Rostock</span></aside>';
      const inside = `${TITLE}${place('<span itemprop="addressLocality">Bremen</span>')}<span itemprop="jobLocation"></span>${place('<span itemprop="addressLocality">Oldenburg</span>')}${place('<span itemprop="addressLocality">Bremen</span>')}${similar}`;
      expect(read(inside).location).toBe('Bremen · Oldenburg');
    });

    it('marks a telecommute job as remote, with or without places', () => {
      const remote = '<meta itemprop="jobLocationType" content="TELECOMMUTE">';
      expect(read(TITLE + remote).location).toBe('Remote');
      expect(read(TITLE + remote + place('<span itemprop="addressLocality">Bremen</span>')).location).toBe('Bremen (Remote)');
      expect(read(TITLE + '<meta itemprop="jobLocationType" content="ONSITE">' + place('<span itemprop="addressLocality">Bremen</span>')).location).toBe('Bremen');
    });
  });

  describe('description', () => {
    it('is empty when the item has none, so that other methods fill it', () => {
      expect(read(TITLE).description).toBe('');
    });

    it('reads a description given in a meta tag', () => {
      expect(read(`${TITLE}<meta itemprop="description" content="Touren planen,  Fahrer betreuen.">`).description).toBe('Touren planen, Fahrer betreuen.');
    });

    it('keeps paragraphs and drops the board’s machine-written summary', () => {
      const description = `<div itemprop="description"><div class="ai-summary">KI-Zusammenfassung: Disponent in Bremen.</div>${TASKS}<p>Wir bieten 30 Tage Urlaub.</p></div>`;
      expect(read(TITLE + description).description).toBe(
        'Sie planen die Touren unserer 40 Lieferwagen und halten den Kontakt zu Filialen und Fahrern, jeden Tag von 6 bis 14 Uhr.\n\nWir bieten 30 Tage Urlaub.',
      );
    });
  });
});
