// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWithAdapter as read, siteAt } from './test-support';

/**
 * The shared DOM readers behind the site adapters (adapters/dom.ts) on pages that real boards send
 * half-rendered or with extra markup: empty placeholders before the filled element, a board's own
 * summary inside the posting, empty sections, key-information rows in another order, decorative
 * images beside the logo. Also the pages an adapter's address matches that are not postings.
 */

const title = (text: string) => `<title>${text}</title>`;
const BODY = 'We build scheduling software for clinics across the region.';
const P = `<p>${BODY}</p>`;
const REQUIREMENTS = 'Three years of experience with Python and PostgreSQL.';

describe('empty placeholders before the filled element', () => {
  it('reads the title from the heading when the styled heading is still an empty skeleton (Ashby)', () => {
    const fields = read('https://jobs.ashbyhq.com/proseware/6f1c0a52-0000-4000-8000-000000000002',
      `<div class="ashby-job-posting-heading"></div><h1>Solutions Engineer</h1><div class="ashby-job-posting-description">${P}</div>`,
      title('Solutions Engineer @ Proseware'));
    expect(fields).toEqual({ title: 'Solutions Engineer', company: 'Proseware', description: BODY });
  });

  it('reads the second location element when the first one is empty (Greenhouse)', () => {
    const fields = read('https://job-boards.greenhouse.io/tailspintoys/jobs/5550001',
      `<div class="job__title"><h1>Product Designer</h1></div><div class="job__location"></div><div class="job__location">Austin, Texas</div>
      <div class="job__description">${P}</div>`, title('Job Application for Product Designer at Tailspin Toys'));
    expect(fields).toEqual({ title: 'Product Designer', company: 'Tailspin Toys', location: 'Austin, Texas', description: BODY });
  });

  it('reads the posting from the next container when the first one is empty (Greenhouse classic)', () => {
    const fields = read('https://boards.greenhouse.io/hellofresh/jobs/6148250',
      `<div id="header"><h1 class="app-title">Senior BI Analyst</h1><span class="company-name">at HelloFresh</span></div>
      <div class="job__description"></div><div id="content">${P}</div>`);
    expect(fields).toEqual({ title: 'Senior BI Analyst', company: 'HelloFresh', description: BODY });
  });

  it('takes the employer from the logo, not from a decorative header image without alt text (Jobvite)', () => {
    const fields = read('https://jobs.jobvite.com/lumenfoods/job/oAbC123',
      `<div class="jv-page-header"><img src="banner.jpg" alt=""><img src="wave.svg"><a class="jv-logo" href="/lumenfoods"><img src="logo.png" alt="Lumen Foods logo"></a></div>
      <div class="jv-job-detail-header"><h2>Quality Assurance Lead</h2><p class="jv-job-detail-meta">Operations | Columbus, Ohio</p></div>
      <div class="jv-job-detail-description">${P}</div>`);
    expect(fields).toEqual({ title: 'Quality Assurance Lead', company: 'Lumen Foods', location: 'Columbus, Ohio', description: BODY });
  });
});

describe('board summaries and empty sections in the posting text', () => {
  it('leaves jobs.ch’s "Job summary" lead out of the employer’s text', () => {
    const fields = read('https://www.jobs.ch/en/vacancies/detail/1234/', `<h1 data-cy="vacancy-title">Informatiker EFZ</h1>
      <div data-cy="vacancy-description"><p data-cy="vacancy-lead">Job summary: hybrid, 80–100%, Zürich</p>${P}</div>`);
    expect(fields).toEqual({ title: 'Informatiker EFZ', description: BODY });
  });

  it('leaves a board’s AI summary out of a posting read from several sections (Lever)', () => {
    const fields = read('https://jobs.lever.co/wwi/2c1d3e4f-0000-4000-8000-000000000001', `<div class="posting-page">
      <div class="section page-centered posting-header"><div class="posting-headline"><h2>Senior Data Engineer</h2></div></div>
      <div class="section page-centered"><div class="ai-summary"><p>AI summary: a data job in Lisbon.</p></div>${P}</div>
      <div class="section page-centered"><p>${REQUIREMENTS}</p></div></div>`);
    expect(fields?.description).toBe(`${BODY}\n\n${REQUIREMENTS}`);
  });

  it('adds no blank lines for sections that hold no text (Workable)', () => {
    const fields = read('https://apply.workable.com/fernleaf/j/1A2B3C4D5E/', `<h1 data-ui="job-title">Customer Success Manager</h1>
      <section data-ui="job-description"><div></div></section><section data-ui="job-requirements">${P}</section>
      <section data-ui="job-benefits"><ul></ul></section>`, title('Customer Success Manager - Fernleaf'));
    expect(fields).toEqual({ title: 'Customer Success Manager', company: 'Fernleaf', description: BODY });
  });

  it('joins the sections that do hold text as paragraphs (aijobs.net, with an empty block between them)', () => {
    const fields = read('https://aijobs.net/job/1234-machine-learning-engineer/', `<main><h1>Machine Learning Engineer</h1>
      <h5>About the role</h5><div>${P}</div><div></div><div><p>${REQUIREMENTS}</p></div></main>`);
    expect(fields).toEqual({ title: 'Machine Learning Engineer', company: null, description: `About the role\n\n${BODY}\n\n${REQUIREMENTS}` });
  });
});

describe('key information rows in any order (jobs.ch)', () => {
  it('finds the place of work after the rows that come before it', () => {
    const fields = read('https://www.jobs.ch/en/vacancies/detail/1234/', `<h1 data-cy="vacancy-title">Informatiker EFZ</h1>
      <ul data-cy="vacancy-info"><li>Publication date: 12 May 2025</li><li>Workload: 80 – 100%</li><li>Contract type: Unlimited employment</li><li>Place of work: Zürich</li></ul>`);
    expect(fields).toEqual({ title: 'Informatiker EFZ', location: 'Zürich' });
  });
});

describe('pages on an adapter’s site that are not a posting', () => {
  it('Greenhouse: the board’s list of openings has no posting title', () => {
    expect(read('https://job-boards.greenhouse.io/tailspintoys', `<h2>Current openings at Tailspin Toys</h2>
      <div class="job-post"><a href="/tailspintoys/jobs/5550001"><p>Product Designer</p><p class="location">Austin, Texas</p></a></div>`,
      title('Jobs at Tailspin Toys'))).toBeNull();
  });

  it('Lever: the company’s list of postings has no posting headline', () => {
    expect(read('https://jobs.lever.co/wwi', `<div class="postings-group"><div class="posting"><a class="posting-title" href="/wwi/1"><h5>Senior Data Engineer</h5>
      <span class="location">Lisbon, Portugal</span></a></div></div>`, title('Wide World Importers'))).toBeNull();
  });

  it('Habr Career: a vacancy page that has not rendered its header is not read, even with its location section', () => {
    expect(read('https://career.habr.com/vacancies/1000164162', `<div class="content-section"><h2 class="content-section__title">Местоположение и тип занятости</h2>
      <span>Москва • Полный рабочий день</span></div>`)).toBeNull();
  });

  it.each([
    ['https://jobs.chipotle.com/job/12345/crew-member', undefined],
    ['https://jobs.chevron.com/job/54321/engineer', undefined],
    ['https://www.jobup.ch.example.com/fr/emplois/detail/1234/', undefined],
    ['https://www.indeed.com-jobs.example/viewjob?jk=0123456789abcdef', undefined],
    ['https://uk.indeed.co-uk.example/viewjob?jk=1', undefined],
  ])('%s is not the board its name starts like', (url, site) => {
    expect(siteAt(url)).toBe(site);
  });
});

describe('Lever: the employer from the page title "<company> - <title>"', () => {
  const url = 'https://jobs.lever.co/wwi/2c1d3e4f-0000-4000-8000-000000000001';
  const posting = (logo: string, heading = 'Senior Data Engineer') => `<div class="main-header-page"><a class="main-header-logo" href="https://jobs.lever.co/wwi">${logo}</a></div>
    <div class="posting-page"><div class="section page-centered posting-header"><div class="posting-headline"><h2>${heading}</h2></div></div>
    <div class="section page-centered">${P}</div></div>`;

  it('takes the whole name before the title', () => {
    expect(read(url, posting(''), title('Wide World Importers - Senior Data Engineer'))).toEqual({ title: 'Senior Data Engineer', company: 'Wide World Importers', description: BODY });
    expect(read(url, posting(''), title('WWI - Senior Data Engineer'))).toEqual({ title: 'Senior Data Engineer', company: 'WWI', description: BODY });
  });

  it('falls back to the logo when the page title names another title than the headline', () => {
    const fields = read(url, posting('<img src="logo.png" alt="Wide World Importers logo">', 'Senior Data Engineer (Lisbon)'), title('Wide World Importers - Senior Data Engineer'));
    expect(fields).toEqual({ title: 'Senior Data Engineer (Lisbon)', company: 'Wide World Importers', description: BODY });
  });

  it('falls back to the logo when the page title has only the employer’s name', () => {
    const fields = read(url, posting('<img src="logo.png" alt="Wide World Importers logo">', 'Engineer'), title('Wide World Importers Careers'));
    expect(fields).toEqual({ title: 'Engineer', company: 'Wide World Importers', description: BODY });
  });
});

describe('LinkedIn guest card without the employer', () => {
  it('leaves company, location and description to other readers when the card shows only the title', () => {
    const fields = read('https://www.linkedin.com/jobs/view/staff-backend-engineer-4400000001', '<section class="top-card-layout"><h1>Staff Backend Engineer</h1></section>');
    expect(fields).toEqual({ title: 'Staff Backend Engineer' });
    expect(fields).not.toHaveProperty('company');
  });
});

describe('Workable: the employer only from a page title "<title> - <company>"', () => {
  const url = 'https://apply.workable.com/fernleaf/j/1A2B3C4D5E/';
  const posting = `<h1 data-ui="job-title">Customer Success Manager</h1><section data-ui="job-description">${P}</section>`;

  it('names no employer from a page title in another order', () => {
    expect(read(url, posting, title('Fernleaf Hospitality Group - Customer Success Manager'))).toEqual({ title: 'Customer Success Manager', description: BODY });
  });

  it('names no employer on a page without a title element', () => {
    expect(read(url, posting)).toEqual({ title: 'Customer Success Manager', description: BODY });
  });

  it('is not a posting page before the job title has rendered', () => {
    expect(read(url, `<div data-ui="job-title"></div><section data-ui="job-description">${P}</section>`, title('Customer Success Manager - Fernleaf'))).toBeNull();
  });
});

