// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, type FoundJobPosting } from './index';
import { loadFixture } from './test-support';

/**
 * The first site adapters. No saved page of these sites was at hand, so every fixture here (both
 * LinkedIn views, logged out and logged in, included) was written by hand from the site's markup,
 * as its first comment says; real saved pages of Greenhouse and Workable are tested in
 * adapters-sites.test.ts.
 */

function extractFound(fixture: string, url: string): FoundJobPosting {
  const result = extractJobPosting(loadFixture(fixture, url), url);
  if (!result.found) throw new Error(`${fixture}: expected a posting, got "${result.reason}"`);
  return result;
}

interface AdapterCase {
  fixture: string;
  url: string;
  method: string;
  company: string | null;
  title: string;
  location: string;
  descriptionStart: string;
  bullet: string;
}

const CASES: AdapterCase[] = [
  {
    fixture: 'linkedin-guest.html',
    url: 'https://au.linkedin.com/jobs/view/staff-backend-engineer-at-northwind-health-4400000001',
    method: 'adapter:linkedin',
    company: 'Northwind Health',
    title: 'Staff Backend Engineer',
    location: 'Brisbane, Queensland, Australia',
    descriptionStart: 'About us\n\nNorthwind Health builds scheduling software',
    bullet: '• Own the appointment booking API end to end',
  },
  {
    fixture: 'linkedin-logged-in.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4400000002&keywords=react',
    method: 'adapter:linkedin',
    company: 'Contoso Analytics',
    title: 'Platform Engineer',
    location: 'Wellington, New Zealand',
    descriptionStart: 'About the job\n\nContoso Analytics runs the data platform',
    bullet: '• Operate our Kubernetes fleet across two regions',
  },
  {
    fixture: 'indeed.html',
    url: 'https://uk.indeed.com/viewjob?jk=0123456789abcdef',
    method: 'adapter:indeed',
    company: 'Fabrikam Logistics',
    title: 'Warehouse Systems Analyst',
    location: 'Leeds LS1',
    descriptionStart: 'About the role\n\nFabrikam Logistics moves two million parcels',
    bullet: '• Write SQL reports for the operations team',
  },
  {
    fixture: 'seek.html',
    url: 'https://au.seek.com/job/90000001',
    method: 'adapter:seek',
    company: 'Coastline Infrastructure',
    title: 'Graduate Civil Engineer',
    location: 'Perth WA',
    descriptionStart: 'Coastline Infrastructure designs ports',
    bullet: '• Prepare drawings in Civil 3D',
  },
  {
    fixture: 'greenhouse.html',
    url: 'https://job-boards.greenhouse.io/tailspintoys/jobs/5550001',
    method: 'adapter:greenhouse',
    company: 'Tailspin Toys',
    title: 'Product Designer, Growth',
    location: 'Austin, Texas, United States',
    descriptionStart: 'About Tailspin Toys\n\nTailspin Toys designs build-it-yourself kits',
    bullet: '• Design onboarding flows and measure them',
  },
  {
    fixture: 'lever.html',
    url: 'https://jobs.lever.co/wwi/2c1d3e4f-0000-4000-8000-000000000001',
    method: 'adapter:lever',
    company: 'Wide World Importers',
    title: 'Senior Data Engineer',
    location: 'Lisbon, Portugal / Porto, Portugal',
    descriptionStart: 'Who we are\n\nWide World Importers supplies 4,000 independent shops',
    bullet: '• Own our dbt models and Airflow pipelines',
  },
  {
    fixture: 'workday.html',
    url: 'https://healthplan.wd1.myworkdayjobs.com/en-US/Careers/job/Spokane-WA/Clinical-Data-Analyst-II_R31002',
    method: 'adapter:workday',
    // Workday never prints the employer near the posting; guessing from the tenant would be invention.
    company: null,
    title: 'Clinical Data Analyst II',
    location: 'Spokane, WA',
    descriptionStart: 'Join our team\n\nOur analytics group turns claims data',
    bullet: '• Build and validate SQL data sets',
  },
  {
    fixture: 'ashby.html',
    url: 'https://jobs.ashbyhq.com/proseware/6f1c0a52-0000-4000-8000-000000000002',
    method: 'adapter:ashby',
    company: 'Proseware',
    title: 'Solutions Engineer',
    location: 'Toronto, ON (HQ); Remote, Canada',
    descriptionStart: 'About Proseware\n\nProseware makes contract review software',
    bullet: '• Run technical evaluations with prospective customers',
  },
  {
    fixture: 'platsbanken.html',
    url: 'https://arbetsformedlingen.se/platsbanken/annonser/29000001',
    method: 'adapter:platsbanken',
    company: 'Öresund Mjukvara AB',
    title: 'Systemutvecklare Java',
    location: 'Lund',
    descriptionStart: 'Öresund Mjukvara AB utvecklar bokningssystem',
    bullet: '• Utveckla nya tjänster i Java och Spring',
  },
];

describe('site adapters', () => {
  it.each(CASES.map((c) => [c.fixture, c] as const))('%s: reads what the page shows', (_name, c) => {
    const result = extractFound(c.fixture, c.url);
    expect(result.method).toBe(c.method);
    expect(result.company).toBe(c.company);
    expect(result.title).toBe(c.title);
    expect(result.location).toBe(c.location);
    expect(result.description.startsWith(c.descriptionStart)).toBe(true);
    expect(result.description.split('\n')).toContain(c.bullet);
    expect(result.url).toBe(c.url);
  });

  it('ignores the LinkedIn search box and the sign-in modal that repeat title, company and a location', () => {
    const result = extractFound('linkedin-guest.html', CASES[0]!.url);
    expect(result.location).not.toContain('Coburg');
    expect(result.company).not.toContain('Pty Ltd');
    expect(result.description).not.toContain('Sign in');
    expect(result.description).not.toContain('Show more');
  });

  it('reads the selected job, not the result list, in the logged-in LinkedIn two-pane view', () => {
    const result = extractFound('linkedin-logged-in.html', CASES[1]!.url);
    expect(result.description).not.toContain('Senior React Developer');
    expect(result.location).not.toContain('Sydney');
  });

  it('leaves out Lever’s header and apply button from the description', () => {
    const result = extractFound('lever.html', CASES[5]!.url);
    expect(result.description).not.toContain('Apply for this job');
    expect(result.description).toContain('We offer a yearly learning budget');
  });

  it('does not use an adapter on another site with the same markup', () => {
    const result = extractJobPosting(loadFixture('seek.html', 'https://example.com/job/1'), 'https://example.com/job/1');
    expect(result.found && result.method).not.toBe('adapter:seek');
  });

  it('queues adapter results with a company, and asks to confirm when the company is unknown', () => {
    expect(extractFound('indeed.html', CASES[2]!.url).confidence).toBeGreaterThanOrEqual(0.7);
    expect(extractFound('workday.html', CASES[6]!.url).confidence).toBeLessThan(0.7);
  });
});
