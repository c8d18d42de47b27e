// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, shouldQueueImmediately, type FoundJobPosting } from './index';
import { documentFromHtml, loadFixture } from './test-support';

function found(result: ReturnType<typeof extractJobPosting>): FoundJobPosting {
  if (!result.found) throw new Error(`expected a posting, got "${result.reason}"`);
  return result;
}

function pageWithJsonLd(...blocks: unknown[]): string {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`).join('');
  return `<!DOCTYPE html><html><head><title>Job</title>${scripts}</head><body><h1>Job</h1></body></html>`;
}

const URL = 'https://careers.example.com/jobs/1';
const LONG_TEXT = 'We are a small team building tools for farmers to plan irrigation across seasons. '.repeat(4);

describe('JSON-LD JobPosting', () => {
  it('reads a @graph posting after an invalid block, with @type as an array, name as title and a plain-text employer', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-graph-remote.html', URL), URL));
    expect(result.method).toBe('json-ld');
    expect(result.title).toBe('Site Reliability Engineer');
    expect(result.company).toBe('Litware');
    expect(shouldQueueImmediately(result)).toBe(true);
  });

  it('turns double-encoded HTML into paragraphs and bullet lines', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-graph-remote.html', URL), URL));
    expect(result.description).toBe(
      'Litware runs payment terminals for 9,000 bakeries & cafés.\n\nYour tasks\n\n• Keep checkout latency under 200 ms\n• Lead incident reviews',
    );
  });

  it('shows a telecommute job without office as remote, with the countries applicants may live in', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-graph-remote.html', URL), URL));
    expect(result.location).toBe('Germany · Austria (Remote)');
  });

  it('finds a posting nested in mainEntity of a top-level array and skips the "similar jobs" postings', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-nested-locations.html', URL), URL));
    expect(result.title).toBe('Customer Success Manager');
    expect(result.company).toBe('Adatum Corporation');
    expect(result.description).toContain('• Own renewals for 40 hospital accounts');
    expect(result.description).not.toContain('Sell things');
  });

  it('keeps <br><br> paragraphs of entity-encoded descriptions', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-nested-locations.html', URL), URL));
    expect(result.description.startsWith('About Adatum\n\nAdatum builds identity software for hospitals.\n\nOur customers run 24/7, so do we.')).toBe(true);
  });

  it('lists each place once, with address strings and country objects', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-nested-locations.html', URL), URL));
    expect(result.location).toBe('Dublin 2, Ireland · Cork, Ireland');
  });

  it('reads hiringOrganization given as a bare string or as legalName only', () => {
    const asString = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: 'Crumb Ltd', description: LONG_TEXT });
    expect(found(extractJobPosting(documentFromHtml(asString, URL), URL)).company).toBe('Crumb');
    const legal = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: { legalName: 'Crumb Bakery GmbH' }, description: LONG_TEXT });
    expect(found(extractJobPosting(documentFromHtml(legal, URL), URL)).company).toBe('Crumb Bakery GmbH');
  });

  it('formats a postal address with region and country and a country given as an object', () => {
    const html = pageWithJsonLd({
      '@type': 'JobPosting',
      title: 'Baker',
      hiringOrganization: { name: 'Crumb' },
      description: LONG_TEXT,
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Leith', addressRegion: 'Scotland', addressCountry: { '@type': 'Country', name: 'United Kingdom' } } },
    });
    expect(found(extractJobPosting(documentFromHtml(html, URL), URL)).location).toBe('Leith, Scotland, United Kingdom');
  });

  it('reads a block whose strings contain raw newlines, which JSON.parse rejects', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Line\nCook","hiringOrganization":{"name":"Crumb"},"description":"${LONG_TEXT}\n\tMore."}</script></head><body></body></html>`;
    const result = found(extractJobPosting(documentFromHtml(html, URL), URL));
    expect(result.title).toBe('Line Cook');
  });

  it('never reports a job board as the employer', () => {
    const html = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: { name: 'Indeed' }, description: LONG_TEXT });
    const result = found(extractJobPosting(documentFromHtml(html, URL), URL));
    expect(result.company).toBeNull();
    expect(result.confidence).toBeLessThan(0.7);
  });

  it('takes location from the page when a site adapter reads it, and the rest from JSON-LD', () => {
    const html = `<html><head><title>Analyst @ Proseware</title>${'<script type="application/ld+json">'}${JSON.stringify({
      '@type': 'JobPosting',
      title: 'Analyst',
      hiringOrganization: { name: 'Proseware' },
      description: LONG_TEXT,
      jobLocationType: 'TELECOMMUTE',
      jobLocation: { address: { addressLocality: 'Toronto', addressCountry: 'CA' } },
    })}</script></head><body><h1 class="ashby-job-posting-heading">Analyst</h1><div class="ashby-job-posting-left-pane"><div><h2>Location</h2><p>Toronto, ON (Hybrid)</p></div></div></body></html>`;
    const ashbyUrl = 'https://jobs.ashbyhq.com/proseware/1';
    const result = found(extractJobPosting(documentFromHtml(html, ashbyUrl), ashbyUrl));
    expect(result.method).toBe('json-ld');
    expect(result.location).toBe('Toronto, ON (Hybrid)');
    expect(result.description).toBe(LONG_TEXT.trim());
  });

  it('follows @id references into the @graph, across blocks, as WordPress SEO plugins write them', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': ['WebPage', 'ItemPage'], '@id': 'https://acme.example/jobs/1#webpage', name: 'Baker – Acme Bakeries' },
        { '@type': 'JobPosting', '@id': 'https://acme.example/jobs/1#job', title: 'Baker', description: LONG_TEXT, hiringOrganization: { '@id': 'https://acme.example/#organization' }, jobLocation: { '@id': 'https://acme.example/#leith' } },
      ],
    };
    const organisation = { '@context': 'https://schema.org', '@graph': [
      { '@type': ['Organization', 'Corporation'], '@id': 'https://acme.example/#organization', name: 'Acme Bakeries', logo: { '@id': 'https://acme.example/#logo' } },
      { '@type': 'Place', '@id': 'https://acme.example/#leith', address: { '@type': 'PostalAddress', addressLocality: 'Leith', addressCountry: 'GB' } },
    ] };
    const result = found(extractJobPosting(documentFromHtml(pageWithJsonLd(graph, organisation), URL), URL));
    expect(result.company).toBe('Acme Bakeries');
    expect(result.location).toBe('Leith, GB');
  });

  it('leaves the employer to other methods when an @id points nowhere, and survives reference cycles', () => {
    const dangling = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', description: LONG_TEXT, hiringOrganization: { '@id': '#missing' } });
    expect(found(extractJobPosting(documentFromHtml(dangling, URL), URL)).company).toBeNull();
    const cycle = pageWithJsonLd({ '@graph': [
      { '@type': 'JobPosting', '@id': '#job', title: 'Baker', description: LONG_TEXT, hiringOrganization: { '@id': '#org' } },
      { '@type': 'Organization', '@id': '#org', name: 'Crumb', owns: { '@id': '#job' } },
    ] });
    expect(found(extractJobPosting(documentFromHtml(cycle, URL), URL)).company).toBe('Crumb');
  });

  it('returns no company, and lets no other method guess one, when the posting names a placeholder', () => {
    const html = pageWithJsonLd({ '@type': 'JobPosting', title: 'Práctico en bodega', description: LONG_TEXT, hiringOrganization: { '@type': 'Organization', name: 'Importante Empresa' } })
      .replace('<title>Job</title>', '<title>Práctico en bodega at Bodega Norte</title><meta property="og:site_name" content="Bodega Norte">');
    const result = found(extractJobPosting(documentFromHtml(html, URL), URL));
    expect(result.company).toBeNull();
  });
});

