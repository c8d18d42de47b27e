import type { JobDetails, UserProfile } from '../schema';

/** A realistic profile for tests, demos and benchmarks. */
export function sampleProfile(overrides: Partial<UserProfile> = {}): UserProfile {
  return {
    id: 'profile-ada',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    homepage: 'https://ada.example.com',
    github: 'https://github.com/ada',
    linkedin: '',
    experience: [
      {
        employer: 'Analytical Engines Ltd',
        role: 'Senior Software Engineer',
        start: '2019',
        end: '',
        description: 'Led the team that rebuilt the billing pipeline in TypeScript; cut invoice errors by 40%.',
      },
      {
        employer: 'Difference Works',
        role: 'Software Engineer',
        start: '2015',
        end: '2019',
        description: 'Built data tooling in Python and PostgreSQL for 30 analysts.',
      },
    ],
    projects: [{ name: 'Note G', description: 'An open-source library for Bernoulli numbers.', url: 'https://github.com/ada/note-g' }],
    skills: ['TypeScript', 'Python', 'PostgreSQL', 'Team leadership'],
    education: [{ institution: 'University of London', degree: 'BSc Mathematics', start: '2011', end: '2014' }],
    writingSample: '',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function sampleJobDetails(overrides: Partial<JobDetails> = {}): JobDetails {
  return {
    id: 'job-details-1',
    company: 'Babbage & Co',
    title: 'Staff Engineer, Payments',
    description:
      'Babbage & Co builds payment infrastructure for small businesses. You will lead the design of our ledger, mentor engineers and work closely with finance. We use TypeScript, PostgreSQL and AWS.',
    location: 'London, UK',
    url: 'https://jobs.example.com/babbage/staff-engineer',
    source: 'manual',
    capturedAt: 1_700_000_000_000,
    language: '',
    ...overrides,
  };
}
