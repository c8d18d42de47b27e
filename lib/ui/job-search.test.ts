import { describe, expect, it } from 'vitest';
import { filterJobs, isFiltered, matchesTerms, normalizeSearchText, searchTerms, type SearchableJob } from './job-search';

function job(company: string, position: string, extra: Partial<SearchableJob> = {}): SearchableJob {
  return { company, position, status: 'COMPLETED', profileId: 'p1', application: { status: 'Not applied' }, ...extra };
}

const jobs = [
  job('Łódź Ledgers', 'Staff Engineer, Payments'),
  job('Café Crème', 'Barista Lead', { status: 'FAILED' }),
  job('Babbage & Co', 'Senior Frontend Engineer', { profileId: 'p2', application: { status: 'Applied' } }),
  job('Straße GmbH', 'Backend-Entwickler'),
];

const companies = (list: SearchableJob[]) => list.map((j) => j.company);

describe('normalizeSearchText', () => {
  it('ignores case, accents and letters without a decomposition', () => {
    expect(normalizeSearchText('Łódź LEDGERS')).toBe('lodz ledgers');
    expect(searchTerms('  Łódź   LEDGERS ')).toEqual(['lodz', 'ledgers']);
    expect(normalizeSearchText('Café Crème')).toBe('cafe creme');
    expect(normalizeSearchText('Straße Øresund')).toBe('strasse oresund');
  });
});

describe('filterJobs', () => {
  const all = { query: '', profileId: '', status: '' } as const;

  it('finds jobs by company or position, case- and accent-insensitive', () => {
    expect(companies(filterJobs(jobs, { ...all, query: 'lodz' }))).toEqual(['Łódź Ledgers']);
    expect(companies(filterJobs(jobs, { ...all, query: 'CAFÉ' }))).toEqual(['Café Crème']);
    expect(companies(filterJobs(jobs, { ...all, query: 'cafe' }))).toEqual(['Café Crème']);
    expect(companies(filterJobs(jobs, { ...all, query: 'engineer' }))).toEqual(['Łódź Ledgers', 'Babbage & Co']);
    expect(companies(filterJobs(jobs, { ...all, query: 'strasse' }))).toEqual(['Straße GmbH']);
  });

  it('needs every word, each in the company or the position', () => {
    expect(companies(filterJobs(jobs, { ...all, query: 'babbage frontend' }))).toEqual(['Babbage & Co']);
    expect(companies(filterJobs(jobs, { ...all, query: 'babbage barista' }))).toEqual([]);
  });

  it('does not match a word made of the end of the company and the start of the position', () => {
    // "…Ledgers" + "Staff…" must not read as "ledgersstaff" or "ledgers staff".
    expect(filterJobs(jobs, { ...all, query: 'ledgersstaff' })).toEqual([]);
    expect(filterJobs(jobs, { ...all, query: 'ledgers staff' })).toHaveLength(1);
    expect(matchesTerms(jobs[0]!, searchTerms('ledgers'))).toBe(true);
  });

  it('combines the search with the status and profile filters', () => {
    expect(companies(filterJobs(jobs, { ...all, status: 'FAILED' }))).toEqual(['Café Crème']);
    expect(companies(filterJobs(jobs, { ...all, query: 'engineer', status: 'COMPLETED' }))).toEqual(['Łódź Ledgers', 'Babbage & Co']);
    expect(companies(filterJobs(jobs, { ...all, query: 'engineer', profileId: 'p2' }))).toEqual(['Babbage & Co']);
    expect(companies(filterJobs(jobs, { ...all, status: 'application:Applied' }))).toEqual(['Babbage & Co']);
    expect(companies(filterJobs(jobs, { query: 'ledgers', profileId: 'p2', status: '' }))).toEqual([]);
  });

  it('keeps the order given and returns everything for an empty or blank search', () => {
    expect(companies(filterJobs(jobs, all))).toEqual(companies(jobs));
    expect(companies(filterJobs(jobs, { ...all, query: '   ' }))).toEqual(companies(jobs));
    expect(isFiltered({ ...all, query: '  ' })).toBe(false);
    expect(isFiltered({ ...all, query: 'a' })).toBe(true);
    expect(isFiltered({ ...all, status: 'FAILED' })).toBe(true);
  });

  it('sees a changed job: a new object is searched by its new text', () => {
    const before = job('Old Name', 'Engineer');
    expect(filterJobs([before], { ...all, query: 'old' })).toHaveLength(1);
    const after = { ...before, company: 'New Name' };
    expect(filterJobs([after], { ...all, query: 'old' })).toHaveLength(0);
  });
});
