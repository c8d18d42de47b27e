// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractJobPosting, shouldQueueImmediately } from './index';
import { SITE_ADAPTERS } from './adapters';
import { NOT_FOUND_REASONS } from './page-kind';
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

  it('opens an unrendered LinkedIn page pre-filled from its title, with the place from the inline data when it has one', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000005';
    const shell = (script: string) => `<!DOCTYPE html><html lang="en"><head><title>Platform Engineer | Contoso Analytics | LinkedIn</title></head>
      <body><header id="global-nav"><a href="/feed/">Home</a></header><main id="main"></main>${script}</body></html>`;
    const withPlace = extractJobPosting(documentFromHtml(shell('<script>window.dataLayer = [];</script><script>window.__data = {"topCard":"Contoso Analytics · Wellington, New Zealand"};</script>'), url), url);
    expect(withPlace).toEqual({
      found: true, method: 'page-title', title: 'Platform Engineer', company: 'Contoso Analytics', location: 'Wellington, New Zealand',
      description: '', descriptionTruncated: false, url, confidence: 0.3, language: 'en',
    });
    const withoutPlace = extractJobPosting(documentFromHtml(shell('<script>window.__data = {"viewer":"guest"};</script>'), url), url);
    expect(withoutPlace).toMatchObject({ found: true, method: 'page-title', title: 'Platform Engineer', company: 'Contoso Analytics', location: '' });
  });

  it('opens a known board’s half-rendered page pre-filled from its title even though its address has no job path', () => {
    // Ashby addresses are /<company>/<uuid>: only knowing the site says this is a posting.
    const url = 'https://jobs.ashbyhq.com/proseware/6f1c0a52-0000-4000-8000-000000000002';
    const html = `<!DOCTYPE html><html><head><title>Solutions Engineer @ Proseware</title></head>
      <body><div id="root"><h1 class="ashby-job-posting-heading">Solutions Engineer</h1></div></body></html>`;
    expect(extractJobPosting(documentFromHtml(html, url), url)).toMatchObject({ found: true, method: 'page-title', title: 'Solutions Engineer', company: 'Proseware' });
  });

  it('does not read a title-only posting on an unknown site outside a job path', () => {
    const url = 'https://www.proseware.example/team/solutions-engineer';
    const html = `<!DOCTYPE html><html><head><title>Solutions Engineer at Proseware</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Solutions Engineer"}</script></head>
      <body><h1>Solutions Engineer</h1></body></html>`;
    expect(extractJobPosting(documentFromHtml(html, url), url)).toEqual({ found: false, reason: NOT_FOUND_REASONS.noPosting, url });
  });

  it('reads the whole posting from the page when JSON-LD has only its opening and the adapter missed the description block', () => {
    const url = 'https://www.linkedin.com/jobs/view/staff-backend-engineer-at-northwind-health-4400000001';
    const opening = 'Northwind Health builds scheduling software used by four hundred clinics across Queensland and New South Wales.';
    const html = `<!DOCTYPE html><html><head><title>Northwind Health hiring Staff Backend Engineer in Brisbane | LinkedIn</title>
      <script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Staff Backend Engineer', description: opening,
        hiringOrganization: { '@type': 'Organization', name: 'Northwind Health' },
      })}</script></head>
      <body><section class="top-card-layout"><h1 class="top-card-layout__title">Staff Backend Engineer</h1>
      <a class="topcard__org-name-link" href="/company/northwind">Northwind Health</a><span class="topcard__flavor--bullet">Brisbane, Queensland, Australia</span></section>
      <section class="job-body"><div class="posting"><p>${opening}</p><h3>What you will do</h3><ul><li>Own the appointment booking API end to end</li>
      <li>Mentor two mid-level engineers</li></ul><h3>What we offer</h3><p>Hybrid work from our Fortitude Valley office and a yearly learning budget.</p></div></section></body></html>`;
    const result = extractJobPosting(documentFromHtml(html, url), url);
    expect(result).toMatchObject({ found: true, title: 'Staff Backend Engineer', company: 'Northwind Health', location: 'Brisbane, Queensland, Australia' });
    if (result.found) expect(result.description).toContain('• Own the appointment booking API end to end');
  });

  it('does not read LinkedIn’s jobs home page, which has no posting, as one', () => {
    const url = 'https://www.linkedin.com/jobs/';
    const html = `<!DOCTYPE html><html lang="en"><head><title>LinkedIn Jobs: Search Jobs and Find Your Next Career</title></head>
      <body><main><h1>Find the right job or internship for you</h1><p>Search millions of opportunities and connect with people who can help you get hired.</p>
      <p>Join your colleagues, classmates, and friends on LinkedIn and discover new opportunities every day.</p></main></body></html>`;
    expect(extractJobPosting(documentFromHtml(html, url), url)).toEqual({ found: false, reason: NOT_FOUND_REASONS.noPosting, url });
  });

  it('keeps a posting whose whole text is a 30-character line', () => {
    const url = 'https://www.seek.com.au/job/90000002';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Forklift Operator Job in Perth WA - SEEK</title></head><body>
      <h1 data-automation="job-detail-title">Forklift Operator</h1><span data-automation="advertiser-name">Coastline Freight</span>
      <span data-automation="job-detail-location">Perth WA</span><div data-automation="jobAdDetails"><p>Night shifts; forklift needed.</p></div></body></html>`;
    expect(extractJobPosting(documentFromHtml(html, url), url)).toMatchObject({
      found: true, method: 'adapter:seek', title: 'Forklift Operator', company: 'Coastline Freight', description: 'Night shifts; forklift needed.',
    });
  });

  describe('a LinkedIn search page whose selected job is still loading', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000006&keywords=platform%20engineer';
    const results = Array.from({ length: 25 }, (_, i) => `<li class="jobs-search-results__list-item"><a href="/jobs/view/44000001${String(i).padStart(2, '0')}/">Platform Engineer ${i}</a>
      <div>Northwind Traders ${i}</div><div>Auckland, New Zealand (Hybrid)</div><div>Actively recruiting · ${i + 1} days ago · Easy Apply</div></li>`).join('');
    const twoPane = (details: string) => `<!DOCTYPE html><html lang="en"><head><title>(3) Platform Engineer Jobs in New Zealand | LinkedIn</title></head><body>
      <header id="global-nav"><a href="/feed/">Home</a></header><main>
      <div class="jobs-search-results-list"><h1>Platform Engineer in New Zealand</h1><small>1,200 results</small><ul>${results}</ul></div>
      <div class="jobs-search__job-details"><div class="job-details-jobs-unified-top-card__container--two-pane">
        <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/contoso/">Contoso Analytics</a></div>
        <h1 class="job-details-jobs-unified-top-card__job-title">Senior Platform Engineer</h1>
        <div class="job-details-jobs-unified-top-card__primary-description-container">Wellington, New Zealand · 2 days ago · 40 applicants</div>
      </div>${details}</div></main></body></html>`;

    it('opens the form with the selected job’s card, not the list of other results as its description', () => {
      const result = extractJobPosting(documentFromHtml(twoPane('<div class="jobs-description__content"><div class="jobs-box__html-content"></div></div>'), url), url);
      expect(result).toMatchObject({ found: true, method: 'adapter:linkedin', title: 'Senior Platform Engineer', company: 'Contoso Analytics', location: 'Wellington, New Zealand', description: '', confidence: 0.3 });
      expect(shouldQueueImmediately(result)).toBe(false);
    });

    it('reads the description once it has loaded', () => {
      const result = extractJobPosting(documentFromHtml(twoPane(`<div class="jobs-description__content"><div class="jobs-box__html-content" id="job-details"><p>${LONG_TEXT}</p></div></div>`), url), url);
      expect(result).toMatchObject({ found: true, method: 'adapter:linkedin', title: 'Senior Platform Engineer', company: 'Contoso Analytics' });
      if (result.found) expect(result.description).toBe(LONG_TEXT);
      expect(shouldQueueImmediately(result)).toBe(true);
    });
  });

  it('still takes the generic reader’s description when the site adapter missed it on a page that is one posting', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000007';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Data Engineer | Contoso Analytics | LinkedIn</title></head><body><main>
      <div class="top-card-layout"><h1 class="top-card-layout__title">Data Engineer</h1><a class="topcard__org-name-link" href="/company/contoso">Contoso Analytics</a></div>
      <section class="redesigned-description"><h2>About the job</h2><p>${LONG_TEXT}</p><h2>Requirements</h2><p>Five years of experience with Kubernetes and Terraform.</p>
      <button>Easy Apply</button></section></main></body></html>`;
    const result = extractJobPosting(documentFromHtml(html, url), url);
    expect(result).toMatchObject({ found: true, title: 'Data Engineer', company: 'Contoso Analytics' });
    if (result.found) expect(result.description).toContain('Kubernetes fleet');
  });
});
