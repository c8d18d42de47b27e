import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, UserProfileSchema } from '.';

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
