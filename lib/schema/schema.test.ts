import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, summarizeJob, UserProfileSchema } from '.';
import { createGenerationJob } from '../jobs/new-job';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';

const profile = {
  id: 'p1', name: 'Ada Lovelace', email: 'ada@example.com', phone: '', homepage: '', github: '', linkedin: '',
  experience: [{ employer: 'Analytical Engines', role: 'Engineer', start: '1842', end: '', description: 'Wrote the first program.' }],
  projects: [], skills: ['Mathematics'], education: [], createdAt: 1, updatedAt: 1,
};

describe('UserProfileSchema', () => {
  it('accepts a complete profile', () => {
    expect(v.parse(UserProfileSchema, profile).name).toBe('Ada Lovelace');
  });
  it('refuses an invalid email with a message for the field', () => {
    const r = v.safeParse(UserProfileSchema, { ...profile, email: 'ada@' });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]?.message).toMatch(/valid email/);
    expect(v.getDotPath(r.issues![0]!)).toBe('email');
  });
  it('needs a skill and an experience or project', () => {
    expect(v.safeParse(UserProfileSchema, { ...profile, skills: [] }).issues?.[0]?.message).toBe('Add at least one skill');
    expect(v.safeParse(UserProfileSchema, { ...profile, experience: [] }).issues?.[0]?.message).toBe('Add at least one experience or project');
  });
});

describe('Settings', () => {
  it('defaults to the Anthropic API, two concurrent jobs and notifications on', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ apiKey: '', baseUrl: 'https://api.anthropic.com', maxConcurrentJobs: 2, notifications: true });
  });
});

describe('summarizeJob', () => {
  const withUrl = (url: string) =>
    summarizeJob(createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Acme', url }) }));

  it('keeps the posting address a page is matched on, without tracking parameters or fragment', () => {
    expect(withUrl('https://www.linkedin.com/jobs/view/3912345678/?refId=abc&trackingId=xyz#top').postingUrl).toBe('https://www.linkedin.com/jobs/view/3912345678/');
    expect(withUrl('http://localhost:8080/careers/7').postingUrl).toBe('http://localhost:8080/careers/7');
  });

  it('keeps no address that is not a web page', () => {
    expect(withUrl('').postingUrl).toBe('');
    expect(withUrl('about:blank').postingUrl).toBe('');
  });
});
