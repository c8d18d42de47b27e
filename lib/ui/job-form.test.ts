import { describe, expect, it } from 'vitest';
import { checkJobForm, clearSubmitted } from './job-form';

describe('clearing the job form after a background submission', () => {
  const submitted = { company: 'Acme', title: 'Engineer', description: 'Build ledgers.', url: 'https://acme.example/jobs/1', location: 'Berlin' };

  it('clears what was submitted', () => {
    expect(clearSubmitted(submitted, { ...submitted })).toEqual({ company: '', title: '', description: '', url: '', location: '' });
  });

  it('keeps what the user typed while the submission was in flight', () => {
    const typing = { ...submitted, company: 'Babbage & Co', description: 'Next posting, being pasted…' };
    expect(clearSubmitted(submitted, typing)).toEqual({ company: 'Babbage & Co', title: '', description: 'Next posting, being pasted…', url: '', location: '' });
  });
});

describe('checking the job form on submit', () => {
  const posting = { company: 'Acme', title: 'Engineer', description: 'Build ledgers for small shops.', url: '', location: '', language: '' };
  const instructions = { overall: '', opening: '', aboutMe: '', whyMe: '', whyCompany: '' };

  it('gives the job details of a complete posting', () => {
    const check = checkJobForm(posting, instructions, 1_000);
    expect(check.ok && check.job).toMatchObject({ company: 'Acme', title: 'Engineer', source: 'manual', capturedAt: 1_000 });
  });

  it('names every problem and the first field to fix, in the order of the form', () => {
    const check = checkJobForm({ ...posting, company: '', url: 'ftp://acme.example' }, { ...instructions, whyMe: 'x'.repeat(5_000) });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['company', 'url', 'whyMe']);
    expect(check.errors.url).toBe('Enter a full address starting with https://');
    expect(check.first).toBe('company');
  });
});
