// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sampleExportSource } from '../letters/testing';
import { summarizeJob, type JobSummary } from '../schema';
import { latestFinished, matchJob } from './page-match';

function job(id: string, company: string, url: string, completedAt = 1): JobSummary {
  const { job } = sampleExportSource({ company });
  return summarizeJob({ ...job, id, jobId: `details-${id}`, completedAt, job: { ...job.job, company, url } });
}

const jobs = [
  job('ramp', 'Ramp', 'https://jobs.ashbyhq.com/ramp/8c1e0f5a', 5),
  job('lumen', 'Lumen Labs', 'https://jobs.lever.co/lumen-labs/1234-abcd', 4),
  job('acme', 'Acme', 'https://boards.greenhouse.io/acme/jobs/42', 3),
];

describe('matchJob: which letter belongs on this page', () => {
  it('the posting’s own address, or its application step under it', () => {
    expect(matchJob(jobs, { urls: ['https://jobs.lever.co/lumen-labs/1234-abcd/apply'], texts: [] })?.id).toBe('lumen');
    expect(matchJob(jobs, { urls: ['https://boards.greenhouse.io/acme/jobs/42#app'], texts: [] })?.id).toBe('acme');
  });

  it('the company in an embedded form’s address or in the page’s title', () => {
    expect(matchJob(jobs, { urls: ['https://careers.example.com/open-roles', 'https://boards.greenhouse.io/embed/job_app?for=acme&token=1'], texts: ['Open roles'] })?.id).toBe('acme');
    expect(matchJob(jobs, { urls: ['https://apply.workable.com/x/j/1/apply'], texts: ['Apply: Engineer at Lumen Labs'] })?.id).toBe('lumen');
  });

  it('no job when nothing matches, and none when two companies tie: the user chooses', () => {
    expect(matchJob(jobs, { urls: ['https://example.org/contact'], texts: ['Contact us'] })).toBeNull();
    const twins = [job('a1', 'Acme', 'https://a.example/1'), job('a2', 'Acme', 'https://b.example/2')];
    expect(matchJob(twins, { urls: ['https://careers.example.org/'], texts: ['Acme careers'] })).toBeNull();
  });

  it('ignores jobs without a finished letter', () => {
    const pending = { ...jobs[0]!, status: 'PENDING' as const, coverLetterId: null };
    expect(matchJob([pending], { urls: ['https://jobs.ashbyhq.com/ramp/8c1e0f5a/application'], texts: [] })).toBeNull();
  });

  it('the chooser lists the latest finished letters, one per posting', () => {
    const regenerated = { ...job('ramp-2', 'Ramp', 'https://jobs.ashbyhq.com/ramp/8c1e0f5a', 9), jobId: 'details-ramp' };
    expect(latestFinished([...jobs, regenerated]).map((j) => j.id)).toEqual(['ramp-2', 'lumen', 'acme']);
  });
});
