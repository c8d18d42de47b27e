// @vitest-environment node
import { expect, it } from 'vitest';
import { cleanCompanyName, companyField } from './company';

it('shortens employer names to what a letter would use', () => {
  expect(cleanCompanyName('Coupa Software, Inc.')).toBe('Coupa Software');
  expect(cleanCompanyName('Giga (gigaml.com)')).toBe('Giga');
  expect(cleanCompanyName('Rocken®')).toBe('Rocken');
  expect(cleanCompanyName('  Evulpo   AG ')).toBe('Evulpo AG');
});

it('never names a job board or an empty value as the employer', () => {
  for (const board of ['LinkedIn', 'Indeed.com', 'SEEK Australia', 'Computrabajo Uruguay', 'jobs.ch', 'Levels.fyi', '2U Alumni Job Board', 'Acme Talent Network', 'Work at a Startup', '   ']) {
    expect(cleanCompanyName(board), board).toBeNull();
  }
});

it('returns no company for placeholders that stand where the employer is withheld', () => {
  for (const placeholder of ['Importante Empresa', 'Confidential', 'Company Confidential', 'Our client', 'Nuestro cliente', 'Empresa líder', 'Leading company', 'A leading fintech company', 'Stealth Startup', 'Конфиденциально', 'Конфіденційно', '某公司', 'شركة رائدة', 'Unser Kunde', 'Confidencial']) {
    expect(cleanCompanyName(placeholder), placeholder).toBeNull();
    expect(companyField(placeholder), placeholder).toEqual({ company: null });
  }
});

it('keeps real employers whose names resemble placeholders', () => {
  for (const name of ['International Business Machines', 'Global Bank', 'Empresa de Transportes Sur', 'Client Solutions GmbH', 'Leading Edge Dental', 'Ro']) {
    expect(cleanCompanyName(name), name).toBe(name);
  }
});

it('tells "the page names no employer" from "this method found none"', () => {
  expect(companyField('Importante Empresa')).toEqual({ company: null });
  expect(companyField('LinkedIn')).toEqual({});
  expect(companyField('')).toEqual({});
  expect(companyField('Acme Robotics')).toEqual({ company: 'Acme Robotics' });
});
