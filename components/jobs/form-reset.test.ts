import { describe, expect, it } from 'vitest';
import { clearSubmitted } from './form-reset';

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
