// @vitest-environment node
import { expect, it } from 'vitest';
import { cleanCompanyName } from './company';

it('shortens employer names to what a letter would use', () => {
  expect(cleanCompanyName('Coupa Software, Inc.')).toBe('Coupa Software');
  expect(cleanCompanyName('Giga (gigaml.com)')).toBe('Giga');
  expect(cleanCompanyName('Rocken®')).toBe('Rocken');
  expect(cleanCompanyName('  Evulpo   AG ')).toBe('Evulpo AG');
});

it('never names a job board or an empty value as the employer', () => {
  for (const board of ['LinkedIn', 'Indeed.com', 'SEEK Australia', 'Computrabajo Uruguay', 'jobs.ch', 'Levels.fyi', '   ']) {
    expect(cleanCompanyName(board), board).toBeNull();
  }
});
