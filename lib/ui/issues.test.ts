import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { UserProfileSchema } from '../schema';
import { checkHttpUrl, fieldId, firstInvalid, FORM_KEY, issuesToFieldErrors } from './issues';

describe('issuesToFieldErrors', () => {
  it('keys each message by its field path and keeps the first per field', () => {
    const r = v.safeParse(UserProfileSchema, {
      id: 'p', name: '', email: 'x@', phone: '', homepage: '', github: '', linkedin: '',
      experience: [{ employer: '', role: 'Dev', start: '', end: '', description: '' }],
      projects: [], skills: ['a', ''], education: [], createdAt: 1, updatedAt: 1,
    });
    expect(r.success).toBe(false);
    const errors = issuesToFieldErrors(r.issues!, (p) => (p.startsWith('skills.') ? 'skills' : p));
    expect(errors.name).toBe('Add your full name');
    expect(errors.email).toMatch(/valid email/);
    expect(errors['experience.0.employer']).toBe('Add the employer');
    expect(errors.skills).toBeDefined();
    expect(firstInvalid(errors, ['name', 'email'])).toBe('name');
  });
  it('puts issues without a path under the form key', () => {
    const r = v.safeParse(v.pipe(v.object({ a: v.string() }), v.check(() => false, 'Nope')), { a: '' });
    expect(issuesToFieldErrors(r.issues!)[FORM_KEY]).toBe('Nope');
  });
});

describe('checkHttpUrl / fieldId', () => {
  it('accepts empty and http(s), refuses the rest', () => {
    expect(checkHttpUrl('')).toBeNull();
    expect(checkHttpUrl('https://jobs.example.com/1')).toBeNull();
    expect(checkHttpUrl('jobs.example.com')).toMatch(/https:\/\//);
    expect(checkHttpUrl('javascript:alert(1)')).toMatch(/https:\/\//);
  });
  it('makes DOM-safe ids', () => {
    expect(fieldId('experience.0.employer')).toBe('f-experience-0-employer');
  });
});
