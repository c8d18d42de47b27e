// @vitest-environment node
import { expect, it } from 'vitest';
import { cleanJobTitle, readTitleGrammar } from './page-title';

// Greenhouse's "Job Application for <job> at <employer>" is a prefix of the page title; the same words
// inside a job's own name (a coach who helps refugees apply for work) are part of the job.
it('reads "Job Application for" only at the start of a title', () => {
  expect(readTitleGrammar('Volunteer Coach: Job Application for Refugees at Caritas', false)).toEqual({
    title: 'Volunteer Coach: Job Application for Refugees',
    company: 'Caritas',
    location: '',
  });
  expect(cleanJobTitle('Volunteer Coach: Job Application for Refugees at Caritas', 'Caritas')).toBe('Volunteer Coach: Job Application for Refugees');
  expect(cleanJobTitle('Volunteer Coach: Job Application for Refugees', null)).toBe('Volunteer Coach: Job Application for Refugees');
});
