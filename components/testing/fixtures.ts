import { createGenerationJob } from '@/lib/jobs/new-job';
import { summarizeJob, type GenerationJob, type JobStatus, type JobSummary, type UserProfile } from '@/lib/schema';

export const profile: UserProfile = {
  id: 'p1',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '',
  homepage: '',
  github: '',
  linkedin: '',
  experience: [{ employer: 'Analytical Engines', role: 'Engineer', start: '1842', end: '', description: 'Wrote the first program.' }],
  projects: [],
  skills: ['Mathematics'],
  education: [],
  writingSample: '',
  createdAt: 1,
  updatedAt: 1,
};

export function jobWith(status: JobStatus, extra: Partial<GenerationJob> = {}): GenerationJob {
  const base = createGenerationJob(
    {
      profile,
      job: {
        id: 'j1',
        company: 'Acme',
        title: 'Frontend Engineer',
        description: 'Build delightful browser extensions for millions of users.',
        location: '',
        url: '',
        source: 'manual',
        capturedAt: 1,
        language: '',
      },
    },
    Date.now() - 5 * 60_000,
  );
  return { ...base, status, ...extra };
}

/** What the jobs list holds of such a job. */
export function summaryWith(status: JobStatus, extra: Partial<GenerationJob> = {}): JobSummary {
  return summarizeJob(jobWith(status, extra));
}
