// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { NOT_FOUND_REASONS } from './page-kind';
import { documentFromHtml } from './test-support';

/**
 * Pages that have not rendered their posting yet (a single-page app before hydration) on sites the
 * extractor has no adapter for: only a job address makes the page title worth reading, and the
 * place comes from the top-card data in the inline scripts.
 */

const shell = (title: string, script = '') => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head>
  <body><header><a href="/">Home</a></header><div id="app"></div>${script}</body></html>`;

function read(url: string, html: string) {
  return extractJobPosting(documentFromHtml(html, url), url);
}

describe('an unrendered posting on a site without an adapter', () => {
  it.each([
    ['https://careers.fabrikam.example/job/4411-warehouse-lead', 'Warehouse Lead at Fabrikam Freight', 'Warehouse Lead', 'Fabrikam Freight'],
    ['https://careers.fabrikam.example/jobs/4411-warehouse-lead', 'Warehouse Lead at Fabrikam Freight', 'Warehouse Lead', 'Fabrikam Freight'],
    ['https://werkenbij.tulpwerk.example/vacature/1234-software-engineer', 'Software Engineer at Tulpwerk', 'Software Engineer', 'Tulpwerk'],
    ['https://werkenbij.tulpwerk.example/vacatures/1234-software-engineer', 'Software Engineer at Tulpwerk', 'Software Engineer', 'Tulpwerk'],
    ['https://www.fabrikam.example/career/4411-warehouse-lead', 'Warehouse Lead at Fabrikam Freight', 'Warehouse Lead', 'Fabrikam Freight'],
  ])('%s opens pre-filled from its title', (url, title, job, company) => {
    expect(read(url, shell(title))).toEqual({
      found: true, method: 'page-title', title: job, company, location: '', description: '', descriptionTruncated: false, url, confidence: 0.3, language: 'en',
    });
  });

  it('is not read from its title outside a job address', () => {
    const url = 'https://www.fabrikam.example/about/warehouse-lead';
    expect(read(url, shell('Warehouse Lead at Fabrikam Freight'))).toEqual({ found: false, reason: NOT_FOUND_REASONS.noPosting, url });
  });
});

describe('the place from the inline top-card data', () => {
  it('takes the place the page title names ("… hiring … in <place>")', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000010';
    const result = read(url, shell('Northwind Health hiring Staff Backend Engineer in Brisbane, Queensland | LinkedIn', '<script>window.dataLayer = [];</script>'));
    expect(result).toMatchObject({ found: true, method: 'page-title', title: 'Staff Backend Engineer', company: 'Northwind Health', location: 'Brisbane, Queensland' });
  });

  it('finds it after an employer whose name has characters that mean something in a pattern', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000006';
    const result = read(url, shell('Chargé de communication | Canal+ | LinkedIn', '<script>window.__data = {"topCard":"Canal+ · Paris, Île-de-France"};</script>'));
    expect(result).toMatchObject({ found: true, method: 'page-title', title: 'Chargé de communication', company: 'Canal+', location: 'Paris, Île-de-France' });
  });

  it('finds it in data written as an escaped JSON string', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000007';
    const result = read(url, shell('Platform Engineer | Contoso Analytics | LinkedIn', '<script>window.__state = JSON.parse("{\\"topCard\\":\\"Contoso Analytics • Wellington, New Zealand\\"}");</script>'));
    expect(result).toMatchObject({ found: true, method: 'page-title', company: 'Contoso Analytics', location: 'Wellington, New Zealand' });
  });

  it('leaves out the spaces a template put after the place', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000009';
    const result = read(url, shell('Platform Engineer | Contoso Analytics | LinkedIn', '<script>window.__data = {"topCard":"Contoso Analytics · Wellington, New Zealand  "};</script>'));
    expect(result).toMatchObject({ found: true, method: 'page-title', company: 'Contoso Analytics', location: 'Wellington, New Zealand' });
  });

  it('does not take the name of a similarly named employer for this one', () => {
    const url = 'https://www.linkedin.com/jobs/view/4400000008';
    const result = read(url, shell('Platform Engineer | Contoso | LinkedIn', '<script>window.__data = {"similar":"Northwind Contoso • Auckland, New Zealand"};</script>'));
    expect(result).toMatchObject({ found: true, method: 'page-title', company: 'Contoso', location: '' });
  });
});

describe('an unrendered posting on a known board whose addresses have no job path', () => {
  it('opens pre-filled from the page title when the page shows only its loading text and footer', () => {
    const url = 'https://jobs.ashbyhq.com/proseware/6f1c0a52-0000-4000-8000-000000000002';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Solutions Engineer @ Proseware</title></head>
      <body><div id="root"><p>Loading the job posting. If this page does not load, please check that JavaScript is enabled in your browser and try again.</p></div>
      <footer><p>Powered by Ashby. Privacy policy and security information for applicants are available on the Ashby website.</p></footer></body></html>`;
    expect(read(url, html)).toMatchObject({ found: true, method: 'page-title', title: 'Solutions Engineer', company: 'Proseware', description: '' });
  });
});
