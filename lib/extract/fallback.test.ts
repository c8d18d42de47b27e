// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, shouldQueueImmediately } from './index';
import { NOT_FOUND_REASONS } from './page-kind';
import { documentFromHtml, loadFixture } from './test-support';

describe('Readability fallback for pages without structured data or adapter', () => {
  it('reads a company career page, taking the employer from og:site_name that the posting names', () => {
    const url = 'https://careers.contoso-robotics.example/jobs/2231-field-robotics-technician';
    const result = extractJobPosting(loadFixture('readability-career-page.html', url), url);
    expect(result).toMatchObject({ found: true, method: 'readability', title: 'Field Robotics Technician', company: 'Contoso Robotics' });
    if (!result.found) return;
    expect(result.description).toContain('• Diagnose and repair drive, sensor and battery faults on site');
    expect(result.description).not.toContain('Life at Contoso');
    // A guessed page is always shown to the user before it is queued.
    expect(shouldQueueImmediately(result)).toBe(false);
  });

  it('returns no company rather than the job board’s name when the posting does not name the employer', () => {
    const url = 'https://www.gigboard.example/job/55-part-time-bookkeeper';
    const result = extractJobPosting(loadFixture('readability-anonymous-board.html', url), url);
    expect(result).toMatchObject({ found: true, title: 'Part-time Bookkeeper', company: null });
  });

  it('never takes a board for the employer because its ads mention the board', () => {
    const url = 'https://www.remotejobsnow.example/job/881-support-engineer';
    const html = `<!DOCTYPE html><html><head><title>Support Engineer | RemoteJobsNow</title><meta property="og:site_name" content="RemoteJobsNow"></head>
      <body><main><h1>Support Engineer</h1><p>Found on RemoteJobsNow. We are looking for a support engineer who will answer customer tickets and write help articles.</p>
      <h2>Responsibilities</h2><ul><li>Answer tickets within a day</li><li>Write help articles for common questions</li></ul>
      <h2>Requirements</h2><p>Two years of experience with SaaS support. Full-time, remote. Apply through RemoteJobsNow.</p></main></body></html>`;
    const result = extractJobPosting(documentFromHtml(html, url), url);
    expect(result).toMatchObject({ found: true, title: 'Support Engineer', company: null });
  });

  it('takes the employer from an "About <Company>" block the posting repeats, not from the board', () => {
    const url = 'https://www.remotejobsnow.example/job/990-data-analyst';
    const html = `<!DOCTYPE html><html><head><title>Data Analyst | RemoteJobsNow</title><meta property="og:site_name" content="RemoteJobsNow"></head>
      <body><main><h1>Data Analyst</h1><h2>About Fjordline</h2><p>Fjordline runs ferries between Norway and Denmark. We are looking for an analyst who will own our pricing reports.</p>
      <h2>Responsibilities</h2><ul><li>Build the weekly pricing report</li></ul><h2>Requirements</h2><p>Three years of experience with SQL. Full-time.</p>
      <h2>About the team</h2><p>Six analysts in Bergen.</p></main></body></html>`;
    expect(extractJobPosting(documentFromHtml(html, url), url)).toMatchObject({ found: true, title: 'Data Analyst', company: 'Fjordline' });
  });

  it('does not change the page it reads', () => {
    const url = 'https://careers.contoso-robotics.example/jobs/2231';
    const document = loadFixture('readability-career-page.html', url);
    const before = document.documentElement.outerHTML;
    extractJobPosting(document, url);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('pages that are not a job posting', () => {
  it.each([
    ['not-job-news-article.html', 'https://www.dailyledger.example/tech/2026/02/01/tech-hiring-slows', NOT_FOUND_REASONS.article],
    ['not-job-search-results.html', 'https://www.jobfinder.example/search?q=software+engineer&l=Berlin', NOT_FOUND_REASONS.searchResults],
    ['not-job-bakery-home.html', 'https://crumbandco.example/', NOT_FOUND_REASONS.noPosting],
  ])('%s: says why nothing was captured', (fixture, url, reason) => {
    expect(extractJobPosting(loadFixture(fixture, url), url)).toEqual({ found: false, reason, url });
  });

  it('says so for an empty page', () => {
    const url = 'https://example.com/';
    const result = extractJobPosting(loadFixture('not-job-bakery-home.html', url).implementation.createHTMLDocument(''), url);
    expect(result.found).toBe(false);
  });
});
