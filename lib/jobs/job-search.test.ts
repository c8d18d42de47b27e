import { describe, expect, it } from 'vitest';
import { summarizeJob, type JobStatus } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { createGenerationJob } from './new-job';
import { filterJobSummaries, foldForSearch } from './job-search';

const STATUSES: JobStatus[] = ['COMPLETED', 'FAILED', 'PENDING'];
const COMPANIES = ['Zürich Café', 'Babbage & Co', 'Ørsted', 'Łódź Logistics', 'Acme'];

function summaries(n: number) {
  const base = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, 1);
  return Array.from({ length: n }, (_, i) =>
    summarizeJob({ ...base, id: `j${i}`, createdAt: n - i, company: `${COMPANIES[i % COMPANIES.length]} ${i}`, position: i % 2 ? 'Barista' : 'Staff Engineer', status: STATUSES[i % 3]!, profileId: i % 4 ? 'p1' : 'p2' }),
  );
}

describe('job search', () => {
  it('finds every word in company or position, ignoring case and accents, keeping the order', () => {
    const jobs = summaries(30);
    expect(foldForSearch('Zürich CAFÉ')).toBe('zurich cafe');
    const zurich = filterJobSummaries(jobs, { query: 'zurich barista' });
    expect(zurich.length).toBeGreaterThan(0);
    expect(zurich.every((j) => j.company.startsWith('Zürich') && j.position === 'Barista')).toBe(true);
    expect(zurich.map((j) => j.createdAt)).toEqual([...zurich.map((j) => j.createdAt)].sort((a, b) => b - a));
    expect(filterJobSummaries(jobs, { query: '  ' })).toHaveLength(30);
    expect(filterJobSummaries(jobs, { query: 'lodz', status: 'FAILED', profileId: 'p1' }).every((j) => j.status === 'FAILED' && j.profileId === 'p1' && j.company.startsWith('Łódź'))).toBe(true);
    expect(filterJobSummaries(jobs, { applicationStatus: 'Applied' })).toEqual([]);
  });

  it('answers over 10,000 summaries (time printed, not asserted)', () => {
    const jobs = summaries(10_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const copy = structuredClone(jobs);
    const heapAfter = process.memoryUsage().heapUsed;
    filterJobSummaries(jobs, { query: 'warm up' });
    const times: number[] = [];
    let found = 0;
    for (const query of ['zurich', 'staff engineer', 'orsted 99', 'babbage & co 1234', 'nothing matches this']) {
      const started = performance.now();
      found += filterJobSummaries(jobs, { query, status: 'COMPLETED' }).length;
      times.push(performance.now() - started);
    }
    console.info(`search over 10,000 summaries: ${times.map((t) => t.toFixed(1)).join(', ')} ms; ~${Math.round((heapAfter - heapBefore) / 1024 / 1024)} MB heap for 10,000 summaries (structured clone)`);
    expect(found).toBeGreaterThan(0);
    expect(copy).toHaveLength(10_000);
  });
});
