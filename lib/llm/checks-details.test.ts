/**
 * Details of the letter guard a user meets: which findings count as serious (they trigger the one
 * automatic fix), the exact limits and messages, real names that look like placeholders, and refusals
 * in the guard's languages. Found unchecked by mutation testing (see stryker.config.mjs).
 */
import { describe, expect, it } from 'vitest';
import type { LetterContent, LetterFindingKind } from '../schema';
import { checkLetter, isRefusal, isSerious, maxWordsFor, MAX_LETTER_WORDS } from './checks';
import { cleanLetter, sampleJob } from './testing';

const job = sampleJob();
const clean = cleanLetter();
const kinds = (content: LetterContent, input: Parameters<typeof checkLetter>[1] = job) => checkLetter(content, input).map((f) => f.kind);

describe('which findings are serious (each one is worth the automatic fix)', () => {
  it.each<LetterFindingKind>([
    'placeholder',
    'wrong-company',
    'missing-company',
    'preamble',
    'unsupported-number',
    'unsupported-employer',
    'unsupported-credential',
    'inflated-experience',
    'unsupported-contact',
  ])('%s is serious', (kind) => expect(isSerious({ kind, message: '' })).toBe(true));

  it.each<LetterFindingKind>(['too-long', 'cliche', 'missing-part'])('%s is a style note', (kind) => expect(isSerious({ kind, message: '' })).toBe(false));
});

describe('length limits', () => {
  it('allows 450 words for a standard letter, and the same share of the asked length for short and long ones', () => {
    expect(MAX_LETTER_WORDS).toBe(450);
    expect(maxWordsFor()).toBe(450);
    expect(maxWordsFor('standard')).toBe(450);
    expect(maxWordsFor('short')).toBe(231);
    expect(maxWordsFor('long')).toBe(643);
  });

  it('counts words, not spaces, across parts, and says the length that was asked for', () => {
    // Leading spaces, and parts that touch: neither adds nor removes a word.
    const body = (n: number) => ({ ...clean, opening: '', aboutMe: `   ${'word '.repeat(n).trim()}`, whyMe: '', whyCompany: 'Initech.' });
    const tooLong = (n: number, length?: 'short' | 'standard' | 'long') =>
      checkLetter(body(n), length ? { ...job, config: { length } } : { profile: job.profile, job: job.job }).find((f) => f.kind === 'too-long');
    expect(tooLong(449, 'standard')).toBeUndefined();
    expect(tooLong(450, 'standard')).toEqual({ kind: 'too-long', message: 'The letter has 451 words, more than the 350 or so asked for. Trim it or regenerate with "shorter".' });
    // A job without a config is held to the standard length.
    expect(tooLong(449)).toBeUndefined();
    expect(tooLong(450)?.message).toMatch(/^The letter has 451 words, more than the 350 or so asked for\./);
    expect(tooLong(700, 'long')?.message).toMatch(/^The letter has 701 words, more than the 500 or so asked for\./);
    expect(tooLong(300, 'short')?.message).toMatch(/more than the 180 or so asked for/);
  });

  it('counts a letter that starts with a word the same way', () => {
    const letter = (n: number) => ({ ...clean, addressee: '', opening: 'word '.repeat(n).trim(), aboutMe: 'Remington Rand.', whyMe: 'Compilers.', whyCompany: 'Initech.' });
    expect(checkLetter(letter(446), job).some((f) => f.kind === 'too-long')).toBe(false);
    expect(checkLetter(letter(447), job).find((f) => f.kind === 'too-long')?.message).toMatch(/^The letter has 451 words/);
  });

  it('a part of only spaces is empty', () => {
    expect(checkLetter({ ...clean, whyMe: '   ' }, job)).toEqual([{ kind: 'missing-part', message: '"Why me" is empty. Write it or regenerate the letter.' }]);
  });
});

describe('each problem once, none hidden by another', () => {
  it('two different placeholders are two findings; the same company twice is one', () => {
    const twoPlaceholders = checkLetter({ ...clean, whyCompany: `${clean.whyCompany} I admire [Company Name]. Ask [Recruiter Name].` }, job);
    expect(twoPlaceholders.map((f) => f.quote)).toEqual(['[Company Name]', '[Recruiter Name]']);
    const twice = checkLetter({ ...clean, whyCompany: 'Globex is building a reporting language. I would like to help Globex build its toolchain.' }, job);
    expect(twice.filter((f) => f.kind === 'wrong-company')).toHaveLength(1);
  });

  it('a placeholder does not hide another company, and a remark does not hide a placeholder it does not name', () => {
    const both = checkLetter({ ...clean, whyCompany: `${clean.whyCompany} I admire [Company Name]. I would love to join Globex.` }, job);
    expect(both.map((f) => f.kind).sort()).toEqual(['placeholder', 'wrong-company']);
    const remark = checkLetter({ ...clean, aboutMe: `${clean.aboutMe} I bring [number] years of compiler work.`, whyCompany: `${clean.whyCompany} Let me know if you'd like any changes.` }, job);
    expect(remark.map((f) => f.kind).sort()).toEqual(['placeholder', 'preamble']);
  });

  it('a greeting to another company is the wrong company; an address in the greeting is no claim', () => {
    expect(checkLetter({ ...clean, addressee: 'Hiring Team at Globex' }, job)).toEqual([
      expect.objectContaining({ kind: 'wrong-company', quote: 'Globex', message: expect.stringContaining('this application is for Initech') }),
    ]);
    expect(kinds({ ...clean, addressee: 'Initech Hiring Team, room 47' })).toEqual([]);
  });

  it('an employer the profile lacks is named with what to do', () => {
    const found = checkLetter({ ...clean, aboutMe: `${clean.aboutMe} Before that I worked at Globex for two years.` }, job).find((f) => f.kind === 'unsupported-employer');
    expect(found?.message).toBe('The letter says you worked, studied or had clients at "Globex", but your profile does not. Remove it or use an employer from your profile.');
  });
});

describe('messages of invented facts end with what to do', () => {
  it.each<[string, LetterFindingKind, string]>([
    ['At Remington Rand I cut compile times by 73%.', 'unsupported-number', 'Remove it or replace it with a figure from your profile.'],
    ['I bring 40 years of compiler experience.', 'inflated-experience', 'Use the years your profile supports, or leave the number out.'],
    ['I hold a PMP certification.', 'unsupported-credential', 'Remove it unless you hold it (then add it to your profile).'],
    ['You can reach me at grace.hopper@navy.example.', 'unsupported-contact', 'Use the contact details from your profile.'],
  ])('"%s" → %s', (sentence, kind, advice) => {
    const found = checkLetter({ ...clean, aboutMe: `${clean.aboutMe} ${sentence}` }, job).find((f) => f.kind === kind);
    expect(found?.message.endsWith(advice)).toBe(true);
    expect(found?.message.startsWith(`"${found.quote}": `)).toBe(true);
  });
});

describe('placeholders and real names', () => {
  it('a real employer, project or school named like a placeholder is not one', () => {
    const profile = { ...job.profile, experience: [...job.profile.experience, { employer: 'ABC Ltd', role: 'Engineer', start: '1968', end: '1970', description: '' }], projects: [{ name: 'Project XYZ', description: '', url: '' }], education: [{ institution: 'Example Institute', degree: 'PhD Mathematics', start: '1930', end: '1934' }] };
    const input = { ...job, profile };
    expect(kinds({ ...clean, aboutMe: `${clean.aboutMe} At ABC Ltd I kept the build green.` }, input)).toEqual([]);
    expect(kinds({ ...clean, aboutMe: `${clean.aboutMe} I wrote Project XYZ.` }, input)).toEqual([]);
    expect(kinds({ ...clean, aboutMe: `${clean.aboutMe} I studied at Example Institute.` }, input)).toEqual([]);
    expect(kinds({ ...clean, aboutMe: `${clean.aboutMe} At ABC Ltd I kept the build green.` })).toContain('placeholder');
  });

  it('a placeholder the model names in its own remark is reported once, as the remark', () => {
    const findings = checkLetter({ ...clean, whyCompany: `${clean.whyCompany} Remember to replace [Hiring Manager] before sending.` }, job);
    expect(findings.map((f) => f.kind)).toEqual(['preamble']);
  });

  it('a job without a company name never asks for it to be named', () => {
    expect(kinds({ ...clean, opening: 'I would like to be considered for this position.', whyCompany: 'I would like to help build the toolchain.', addressee: 'Dear Hiring Team,' }, sampleJob({ company: ' ' }))).toEqual([]);
    expect(checkLetter({ ...clean, opening: 'I would like to be considered for this position.', whyCompany: 'I would like to help build the toolchain.', addressee: 'Dear Hiring Team,' }, job)).toEqual([
      { kind: 'missing-company', message: 'The letter never names Initech. Mention the company so it reads as written for them.' },
    ]);
  });
});

describe('isRefusal in the guard’s languages', () => {
  it.each([
    "  \n I'm sorry, but I can't help with that.",
    'I apologize, but I am unable to write this letter.',
    'I apologise, but I cannot write this.',
    'Unfortunately, I cannot write a letter with invented details.',
    "I won't write this letter.",
    'I am unable to help with that request.',
    "I'm not able to assist with this.",
    'As an AI, I do not write letters.',
    'Leider kann ich das nicht schreiben.',
    'Je suis désolé, mais je ne peux pas écrire cette lettre.',
    'Désolé, je ne peux pas faire cela.',
    'Lo siento, pero no puedo escribir esta carta.',
    'Mi dispiace, ma non posso scrivere questa lettera.',
    'Het spijt me, maar ik kan deze brief niet schrijven.',
    'Sinto muito, mas não posso escrever esta carta.',
    'Tyvärr kan inte jag skriva detta brev.',
    'Beklager, men jeg kan ikke skrive dette.',
    'Valitettavasti en voi kirjoittaa tätä kirjettä.',
    'Przepraszam, ale nie mogę napisać tego listu.',
  ])('recognises "%s"', (text) => expect(isRefusal(text)).toBe(true));

  it.each([
    'Sorry to see my team go, the new role excites me.',
    'Es tut mir leid, dass ich erst jetzt schreibe; ich freue mich auf das Gespräch.',
    'Lo siento por la demora; me encantaría unirme al equipo.',
    `${'I would like to be considered for the role. '.repeat(8)}I'm sorry, but I can't help with that.`,
  ])('does not take a letter for a refusal: "%s"', (text) => expect(isRefusal(text)).toBe(false));
});
