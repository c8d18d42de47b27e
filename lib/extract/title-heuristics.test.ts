// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guessCompany, guessTitle, splitPageTitle } from './title-heuristics';
import { documentFromHtml } from './test-support';

const page = (head: string, body: string, url = 'https://careers.example.com/jobs/42') =>
  documentFromHtml(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);

describe('splitting a page title', () => {
  it.each([
    ['Senior Engineer - Acme | Jobs', ['Senior Engineer', 'Acme', 'Jobs']],
    ['Senior Engineer – Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer — Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer · Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer • Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer @ Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer at Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer AT Acme', ['Senior Engineer', 'Acme']],
    ['Front-End Engineer', ['Front-End Engineer']],
    ['Data Analyst (Berlin/Remote)', ['Data Analyst (Berlin/Remote)']],
    ['Staff Engineer, Platform', ['Staff Engineer, Platform']],
    ['Senior Engineer -Acme', ['Senior Engineer -Acme']],
    ['Engineer at Atlassian', ['Engineer', 'Atlassian']],
  ])('%s', (title, parts) => {
    expect(splitPageTitle(title)).toEqual(parts);
  });
});

describe('guessing the job title', () => {
  it('takes the heading the page title confirms, not a navigation heading', () => {
    const document = page(
      '<title>Field Robotics Technician - Contoso | Careers</title>',
      '<main><h1>Why work here</h1><h1>Field Robotics Technician</h1></main>',
    );
    expect(guessTitle(document)).toBe('Field Robotics Technician');
  });

  it('reads og:title and twitter:title too', () => {
    expect(guessTitle(page('<meta property="og:title" content="Field Robotics Technician at Contoso"><title>Contoso</title>', '<h1>Life at Contoso</h1><h1>Field Robotics Technician</h1>'))).toBe('Field Robotics Technician');
    expect(guessTitle(page('<meta name="twitter:title" content="Field Robotics Technician at Contoso"><title>Contoso</title>', '<h1>Life at Contoso</h1><h1>Field Robotics Technician</h1>'))).toBe('Field Robotics Technician');
  });

  it.each([
    ['header', '<header><h1>Acme Careers</h1></header>'],
    ['nav', '<nav><h1>Acme Careers</h1></nav>'],
    ['footer', '<footer><h1>Acme Careers</h1></footer>'],
    ['a navigation landmark', '<div role="navigation"><h1>Acme Careers</h1></div>'],
    ['a hidden block', '<div aria-hidden="true"><h1>Acme Careers</h1></div>'],
    ['a dialog', '<dialog><h1>Acme Careers</h1></dialog>'],
    ['a dialog role', '<div role="dialog"><h1>Acme Careers</h1></div>'],
  ])('ignores a heading in %s', (_where, chrome) => {
    const document = page('<title>Data Analyst | Acme Careers</title>', `${chrome}<main><h1>Data Analyst</h1></main>`);
    expect(guessTitle(document)).toBe('Data Analyst');
  });

  it('takes a short title such as "CTO", but not a two-letter fragment', () => {
    expect(guessTitle(page('<title>Acme is hiring a CTO</title>', '<main><h1>CTO</h1></main>'))).toBe('CTO');
    expect(guessTitle(page('<title>Go Developer - Acme</title>', '<main><h1>Go</h1><h1>Go Developer</h1></main>'))).toBe('Go Developer');
    expect(guessTitle(page('<title>Acme is hiring</title>', '<main><h1>QA</h1></main>'))).toBe('Acme is hiring');
  });

  it('ignores a paragraph set as a heading', () => {
    const blurb = `Join us ${'and build the future of logistics '.repeat(6)}`.trim().slice(0, 201);
    expect(blurb.length).toBe(201);
    expect(guessTitle(page('<title>Data Analyst - Acme</title>', `<main><h1>${blurb}</h1></main>`))).toBe('Data Analyst');
    const longTitle = `Senior ${'Staff '.repeat(40)}`.trim().slice(0, 200);
    expect(guessTitle(page('<title>Acme</title>', `<main><h1>${longTitle}</h1></main>`))).toBe(longTitle);
  });

  it('takes the first heading when the page title confirms none', () => {
    expect(guessTitle(page('<title>Acme GmbH – Karriere</title>', '<main><h1>Backend Engineer (m/w/d)</h1><h1>Benefits</h1></main>'))).toBe('Backend Engineer (m/w/d)');
  });

  it('falls back to the page title’s first part that is not a job board', () => {
    expect(guessTitle(page('<meta property="og:title" content="LinkedIn"><title>Data Analyst - Acme</title>', '<div id="root"></div>'))).toBe('Data Analyst');
    expect(guessTitle(page('<title>Data Analyst - Acme</title>', '<div id="root"></div>'))).toBe('Data Analyst');
    expect(guessTitle(page('<title>Indeed</title>', '<div id="root"></div>'))).toBe('');
    expect(guessTitle(page('', '<div id="root"></div>'))).toBe('');
  });

  it('does not read the title of an inline SVG icon as the page title', () => {
    expect(guessTitle(page('<title>Data Analyst - Acme</title>', '<svg><title>Close</title></svg><div id="root"></div>'))).toBe('Data Analyst');
  });
});
