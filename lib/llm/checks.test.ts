import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../schema';
import { checkLetter, isRefusal } from './checks';
import { sampleJob } from './testing';

const job = sampleJob();
const clean: LetterContent = {
  addressee: 'Hiring Team at Initech',
  opening: 'I would like to be considered for the Staff Compiler Engineer position at Initech.',
  aboutMe: 'At Remington Rand I led the team that built the A-0 compiler, and I designed COBOL.',
  whyMe: 'Your posting asks for someone to own the parser and the code generator; I have done both.',
  whyCompany: 'Initech is building a reporting language, and I would like to help build its toolchain.',
};

const kinds = (content: LetterContent) => checkLetter(content, job).map((f) => f.kind);

describe('checkLetter', () => {
  it('finds nothing in a specific letter that names past employers', () => {
    expect(checkLetter(clean, job)).toEqual([]);
  });

  it('does not call a real company named like a placeholder a placeholder', () => {
    const acme = sampleJob({ company: 'Acme Corp' });
    const letter = { ...clean, addressee: 'Hiring Team at Acme Corp', whyCompany: 'Acme Corp is building a reporting language.' };
    expect(checkLetter(letter, acme).map((f) => f.kind)).not.toContain('placeholder');
  });

  it.each(['[Company Name]', '[Your Name]', '{{COMPANY}}', '<Company>', 'XYZ Corp'])('flags the placeholder %s', (placeholder) => {
    const findings = checkLetter({ ...clean, whyCompany: `${clean.whyCompany} I admire ${placeholder}.` }, job);
    expect(findings).toEqual([{ kind: 'placeholder', message: `The letter still contains the placeholder "${placeholder}". Replace it before sending.` }]);
  });

  it('flags a letter that never names the company, or applies to another one', () => {
    const noCompany = Object.fromEntries(Object.entries(clean).map(([k, v]) => [k, v.replaceAll('Initech', 'your company')])) as LetterContent;
    expect(kinds(noCompany)).toEqual(['missing-company']);
    const wrong = checkLetter({ ...clean, whyCompany: 'I am excited to join Globex Corporation and its compiler team.' }, job);
    expect(wrong).toEqual([expect.objectContaining({ kind: 'wrong-company', message: expect.stringContaining('"Globex Corporation"') })]);
  });

  it('flags the model’s preamble or closing remarks left in the letter', () => {
    expect(kinds({ ...clean, opening: `Here is your cover letter: ${clean.opening}` })).toEqual(['preamble']);
    expect(kinds({ ...clean, whyCompany: `${clean.whyCompany}\n\nLet me know if you would like any changes.` })).toEqual(['preamble']);
  });

  it('flags an over-long letter, clichés and empty parts', () => {
    const long = checkLetter({ ...clean, aboutMe: `${clean.aboutMe} ${'Compilers matter. '.repeat(230)}` }, job);
    expect(long).toEqual([expect.objectContaining({ kind: 'too-long', message: expect.stringMatching(/^The letter has \d+ words/) })]);
    const cliche = checkLetter({ ...clean, whyMe: 'I am a team player who can hit the ground running.' }, job);
    expect(cliche).toEqual([expect.objectContaining({ kind: 'cliche', message: expect.stringContaining('"team player", "hit the ground running"') })]);
    expect(checkLetter({ ...clean, whyMe: '' }, job)).toEqual([{ kind: 'missing-part', message: '"Why me" is empty. Write it or regenerate the letter.' }]);
  });
});

describe('isRefusal', () => {
  it.each([
    "I'm sorry, but I can't help with that.",
    'I cannot help with writing this letter.',
    'Sorry, I am unable to write a cover letter for this posting.',
  ])('recognises "%s"', (text) => expect(isRefusal(text)).toBe(true));

  it.each([
    'I would like to be considered for the role. I can’t wait to start.',
    '<opening>I am sorry to leave Remington Rand, but I cannot pass up this role.</opening>',
    '',
  ])('does not mistake a letter for a refusal: "%s"', (text) => expect(isRefusal(text)).toBe(false));
});
