/** The greeting is part of the letter an employer reads: a placeholder there is as bad as one in the body. */
import { describe, expect, it } from 'vitest';
import { checkLetter } from './checks';
import { cleanLetter, sampleJob } from './testing';

const job = sampleJob();
const clean = cleanLetter();

describe('checkLetter: placeholders in the addressee line', () => {
  it.each([
    ['Dear [Hiring Manager],', '[Hiring Manager]'],
    ['Dear {{name}},', '{{name}}'],
    ['Dear <Recipient>,', '<Recipient>'],
    ['Dear Hiring Manager Name,', 'Hiring Manager Name'],
  ])('flags %s, quoting %s', (addressee, quote) => {
    const findings = checkLetter({ ...clean, addressee }, job);
    expect(findings).toEqual([expect.objectContaining({ kind: 'placeholder', quote })]);
    expect(findings[0]!.message).toContain(`"${quote}"`);
  });

  it('an ordinary greeting is no placeholder', () => {
    expect(checkLetter({ ...clean, addressee: 'Dear Hiring Manager,' }, job)).toEqual([]);
    expect(checkLetter({ ...clean, addressee: 'Dear Ms. Smith,' }, job)).toEqual([]);
  });
});
