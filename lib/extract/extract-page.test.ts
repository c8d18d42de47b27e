// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractJobPosting } from './index';
import { SITE_ADAPTERS } from './adapters';
import { documentFromHtml, loadFixture } from './test-support';

/**
 * extractJobPosting as a whole: how it combines structured data, the site adapter and the generic
 * reader when one of them breaks, misses a field, or the page address is unusable.
 */

const LONG_TEXT = 'Contoso Analytics runs the data platform behind the largest retailers in the country. '
  + 'You will operate our Kubernetes fleet across two regions, automate cost reporting for product teams, '
  + 'and be on call one week in six with a team of seven engineers who care about quiet pagers.';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractJobPosting', () => {
  it('still reads the posting from JSON-LD when the site adapter breaks on a redesigned page', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000003';
    const html = `<!DOCTYPE html><html><head><title>Data Engineer | Contoso Analytics | LinkedIn</title>
      <script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', description: `<p>${LONG_TEXT}</p>`,
        hiringOrganization: { '@type': 'Organization', name: 'Contoso Analytics' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Wellington', addressCountry: 'NZ' } },
      })}</script></head><body><div class="top-card-layout"><h1>Data Engineer</h1></div></body></html>`;
    const linkedin = SITE_ADAPTERS.find((adapter) => adapter.site === 'linkedin')!;
    vi.spyOn(linkedin, 'extract').mockImplementation(() => {
      throw new TypeError("Cannot read properties of null (reading 'textContent')");
    });
    const result = extractJobPosting(documentFromHtml(html, url), url);
    expect(result).toMatchObject({ found: true, method: 'json-ld', title: 'Data Engineer', company: 'Contoso Analytics' });
    expect(linkedin.extract).toHaveBeenCalled();
  });

  it('recognises the site from the document’s own address when the address it is given is unusable', () => {
    const pageUrl = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000002&keywords=react';
    const result = extractJobPosting(loadFixture('linkedin-logged-in.html', pageUrl), '');
    expect(result).toMatchObject({ found: true, method: 'adapter:linkedin', title: 'Platform Engineer', company: 'Contoso Analytics', url: '' });
  });

  it('lets the generic reader find the title when the site adapter read the posting but not its heading', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000004';
    const html = `<!DOCTYPE html><html><head><title>Site Reliability Engineer | Contoso Analytics | LinkedIn</title></head><body><main>
      <div class="job-details-jobs-unified-top-card__container--two-pane">
        <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/contoso/">Contoso Analytics</a></div>
        <div class="job-details-jobs-unified-top-card__primary-description-container">Wellington, New Zealand · 2 days ago</div>
      </div>
      <article><h2>Site Reliability Engineer</h2><div id="job-details"><p>${LONG_TEXT}</p></div></article></main></body></html>`;
    const result = extractJobPosting(documentFromHtml(html, url), url);
    expect(result).toMatchObject({ found: true, title: 'Site Reliability Engineer', company: 'Contoso Analytics', location: 'Wellington, New Zealand' });
    if (result.found) expect(result.description).toContain('Kubernetes fleet');
  });

  it('leaves the location empty when the generic reader found no place on the page', () => {
    const url = 'https://careers.fjordline.example/jobs/77-pricing-analyst';
    const html = `<!DOCTYPE html><html><head><title>Pricing Analyst</title></head><body><main><h1>Pricing Analyst</h1>
      <p>${LONG_TEXT}</p><h2>Responsibilities</h2><ul><li>Build the weekly pricing report</li><li>Explain price changes to the sales team</li></ul>
      <h2>Requirements</h2><p>Three years of experience with SQL and spreadsheets.</p></main></body></html>`;
    const result = extractJobPosting(documentFromHtml(html, url), url);
    expect(result).toMatchObject({ found: true, method: 'readability', title: 'Pricing Analyst', location: '' });
  });
});
