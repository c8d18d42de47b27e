/** The greeting is part of the letter an employer reads: a placeholder there is as bad as one in the body. */
import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../schema';
import { checkLetter } from './checks';
import { sampleJob } from './testing';

const job = sampleJob();
const clean: LetterContent = {
  addressee: 'Hiring Team at Initech',
  opening: 'I would like to be considered for the Staff Compiler Engineer position at Initech.',
  aboutMe: 'At Remington Rand I led the team that built the A-0 compiler, and I designed COBOL.',
  whyMe: 'Your posting asks for someone to own the parser and the code generator; I have done both.',
  whyCompany: 'Initech is building a reporting language, and I would like to help build its toolchain.',
};

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
