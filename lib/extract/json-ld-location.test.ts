// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { formatJobLocation } from './json-ld-location';
import { documentFromHtml } from './test-support';

/** The place line the user sees for a JSON-LD JobPosting, as job boards write `jobLocation`. */

const URL = 'https://careers.example.com/jobs/42';
const LONG_TEXT = 'You will plan deliveries for 300 stores and keep our vans on the road through every season. '.repeat(4);

describe('JSON-LD job location', () => {
  it.each([
    [
      'a PostalAddress with locality, region and country code',
      { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Rue de Rivoli 12', addressLocality: 'Paris', addressRegion: 'Île-de-France', addressCountry: 'FR' } },
      'Paris, Île-de-France, FR',
    ],
    ['an address written as one string', { '@type': 'Place', address: '  Calle Mayor 4,\n Madrid ' }, 'Calle Mayor 4, Madrid'],
    ['a place written as one string', 'Amsterdam, Netherlands', 'Amsterdam, Netherlands'],
    ['address parts put on the Place itself', { '@type': 'Place', addressLocality: 'Lyon', addressCountry: 'FR' }, 'Lyon, FR'],
    ['a Place with only a name', { '@type': 'Place', name: 'Hamburg Hafen' }, 'Hamburg Hafen'],
    // PHP's json_encode writes an empty address as [].
    ['a Place whose address is an empty PHP array', { '@type': 'Place', name: 'Head office Vienna', address: [] }, 'Head office Vienna'],
    ['an address given as a list of one', { '@type': 'Place', address: [{ '@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB' }] }, 'Leeds, GB'],
    ['an address given as a list of two', { '@type': 'Place', address: [{ addressLocality: 'Leeds', addressCountry: 'GB' }, { addressLocality: 'York', addressCountry: 'GB' }, { addressLocality: 'leeds', addressCountry: 'GB' }] }, 'Leeds, GB · York, GB'],
    ['a country given as an object', { address: { addressLocality: 'Graz', addressCountry: { '@type': 'Country', name: 'Austria' } } }, 'Graz, Austria'],
    ['a country object with several names', { address: { addressLocality: 'Basel', addressCountry: { '@type': 'Country', name: ['Schweiz', 'Suisse'] } } }, 'Basel, Schweiz, Suisse'],
    ['several country codes in one address', { address: { addressLocality: 'Remote', addressCountry: ['US', '', 'CA'] } }, 'Remote, US, CA'],
    ['a numeric region (French département)', { address: { addressLocality: 'Paris', addressRegion: 75, addressCountry: 'FR' } }, 'Paris, 75, FR'],
    ['a city-state named twice', { address: { addressLocality: 'Singapore', addressRegion: 'singapore', addressCountry: 'Singapore' } }, 'Singapore'],
    ['the same name with and without accents', { address: { addressLocality: 'Zürich', addressRegion: 'Zurich', addressCountry: 'CH' } }, 'Zürich, CH'],
    // Some boards leave locality empty and put the readable place in streetAddress, with a code as country.
    ['a readable place in streetAddress and only a country code', { address: { streetAddress: 'Germany', addressCountry: 'DE' } }, 'Germany'],
    ['an address with only a country, as remote-in-country postings write it', { address: { '@type': 'PostalAddress', addressCountry: 'DE' } }, 'DE'],
    ['a real street address is not taken for the place', { address: { streetAddress: 'Hauptstraße 5', addressCountry: 'DE' } }, 'DE'],
    ['a street without number when the region is known', { address: { streetAddress: 'Bahnhofplatz', addressRegion: 'Bayern', addressCountry: 'DE' } }, 'Bayern, DE'],
    ['a street without number when the locality is known', { address: { streetAddress: 'Bahnhofplatz', addressLocality: 'Passau', addressCountry: 'DE' } }, 'Passau, DE'],
  ])('formats %s', (_label, jobLocation, expected) => {
    expect(formatJobLocation({ '@type': 'JobPosting', jobLocation })).toBe(expected);
  });

  it('lists several offices once each, in the order given, and skips entries with nothing in them', () => {
    const posting = {
      '@type': 'JobPosting',
      jobLocation: [
        { '@type': 'Place', address: { addressLocality: 'Dublin', addressCountry: 'IE' } },
        false,
        null,
        { '@type': 'Place', address: { addressLocality: 'Cork', addressCountry: 'IE' } },
        { '@type': 'Place', address: { addressLocality: 'dublin', addressCountry: 'ie' } },
        { '@type': 'Place', address: {} },
      ],
    };
    expect(formatJobLocation(posting)).toBe('Dublin, IE · Cork, IE');
  });

  it('shows nothing when the posting names no place and is not remote', () => {
    expect(formatJobLocation({ '@type': 'JobPosting' })).toBe('');
    expect(formatJobLocation({ '@type': 'JobPosting', jobLocation: false })).toBe('');
    expect(formatJobLocation({ '@type': 'JobPosting', jobLocation: null, jobLocationType: 'FULL_TIME' })).toBe('');
  });

  it('ignores applicant requirements for an on-site job', () => {
    const posting = { jobLocation: { address: { addressLocality: 'Oslo', addressCountry: 'NO' } }, applicantLocationRequirements: { '@type': 'Country', name: 'Sweden' } };
    expect(formatJobLocation(posting)).toBe('Oslo, NO');
  });

  describe('remote jobs', () => {
    it('says "Remote" when a telecommute job names no place at all', () => {
      expect(formatJobLocation({ '@type': 'JobPosting', jobLocationType: 'TELECOMMUTE' })).toBe('Remote');
    });

    it.each([['TELECOMMUTE'], ['telecommute'], ['Remote'], [['FULL_TIME', 'TELECOMMUTE']]])('treats jobLocationType %j as remote', (jobLocationType) => {
      expect(formatJobLocation({ jobLocationType, applicantLocationRequirements: { '@type': 'Country', name: 'Canada' } })).toBe('Canada (Remote)');
    });

    it('marks the office list as remote and prefers it to the applicant countries', () => {
      const posting = {
        jobLocationType: 'TELECOMMUTE',
        jobLocation: [{ address: { addressLocality: 'Lisbon', addressCountry: 'PT' } }, { address: { addressLocality: 'Porto', addressCountry: 'PT' } }],
        applicantLocationRequirements: [{ '@type': 'Country', name: 'Portugal' }, { '@type': 'Country', name: 'Spain' }],
      };
      expect(formatJobLocation(posting)).toBe('Lisbon, PT · Porto, PT (Remote)');
    });

    it('lists the places applicants may live in, once each, given as names, strings or State objects', () => {
      const posting = {
        jobLocationType: ['TELECOMMUTE'],
        applicantLocationRequirements: [
          { '@type': 'Country', name: 'United States' },
          'Canada',
          { '@type': 'State', name: 'Puerto Rico' },
          { '@type': 'Country', name: 'united states' },
          { '@type': 'Country' },
          null,
        ],
      };
      expect(formatJobLocation(posting)).toBe('United States · Canada · Puerto Rico (Remote)');
    });
  });

  it('shows the JSON-LD place on the extracted posting, and "Remote" for a telecommute job without places', () => {
    const page = (posting: Record<string, unknown>) =>
      `<!DOCTYPE html><html lang="en"><head><title>Dispatcher</title><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Dispatcher',
        hiringOrganization: { '@type': 'Organization', name: 'Northwind Traders' },
        description: LONG_TEXT,
        ...posting,
      })}</script></head><body><h1>Dispatcher</h1></body></html>`;
    const remote = extractJobPosting(documentFromHtml(page({ jobLocationType: 'TELECOMMUTE' }), URL), URL);
    expect(remote).toMatchObject({ found: true, location: 'Remote' });
    const office = extractJobPosting(documentFromHtml(page({ jobLocation: { '@type': 'Place', name: 'Rotterdam depot' } }), URL), URL);
    expect(office).toMatchObject({ found: true, location: 'Rotterdam depot' });
  });
});
