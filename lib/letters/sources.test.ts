import { describe, expect, it } from 'vitest';
import { checkLetter } from '../llm/checks';
import { sampleJob } from '../llm/testing';
import type { LetterContent } from '../schema';
import { letterSources } from './sources';

const job = sampleJob();
const letter: LetterContent = {
  addressee: 'Hiring Team at Initech',
  opening: 'I would like to be considered for the Staff Compiler Engineer position at Initech.',
  aboutMe: 'At Remington Rand I led the team that built the A-0 compiler. I also designed COBOL, a business language that reads like English.',
  whyMe: 'My PhD in mathematics from Yale gave me the rigour compilers need. I have also sailed across the Atlantic twice.',
  whyCompany: 'Initech is building a reporting language.',
};

describe('letterSources', () => {
  const rows = letterSources(letter, job.profile, checkLetter(letter, job));
  const row = (start: string) => rows.find((r) => r.sentence.startsWith(start));

  it('ties each sentence about the candidate to the profile entry behind it', () => {
    expect(row('At Remington Rand')).toMatchObject({ sources: [{ kind: 'experience', label: 'Senior Programmer at Remington Rand' }], unbacked: false });
    expect(row('I also designed COBOL')!.sources).toContainEqual({ kind: 'project', label: 'Project: COBOL' });
    expect(row('My PhD')!.sources).toContainEqual({ kind: 'education', label: 'PhD Mathematics, Yale University' });
  });

  it('marks a factual claim with nothing in the profile behind it', () => {
    expect(row('I have also sailed')).toMatchObject({ unbacked: true });
  });

  it('does not call an intention or the name of the position a claim', () => {
    const plans = { ...letter, opening: 'I am applying for the Staff Compiler Engineer position at Initech in Austin, TX.', whyCompany: 'I would welcome the chance to build Initech’s toolchain.' };
    const rows = letterSources(plans, job.profile, [], job.job);
    expect(rows.find((r) => r.sentence.startsWith('I am applying'))?.unbacked).toBe(false);
    expect(rows.find((r) => r.sentence.startsWith('I would welcome'))?.unbacked).toBe(false);
  });

  it('leaves sentences about the company out, and marks what the guard found invented', () => {
    expect(row('Initech is building')).toBeUndefined();
    const invented = { ...letter, aboutMe: 'At Remington Rand I cut compile times by 40%.' };
    const found = letterSources(invented, job.profile, checkLetter(invented, job)).find((r) => r.sentence.includes('40%'));
    expect(found).toMatchObject({ unbacked: true, problems: [expect.objectContaining({ kind: 'unsupported-number', quote: '40%' })] });
    expect(found!.sources).toContainEqual({ kind: 'experience', label: 'Senior Programmer at Remington Rand' });
  });

  it('matches a sentence to the description it retells when no name is given', () => {
    const retold = { ...letter, aboutMe: 'I led the team that built the A-0 compiler and wrote its manual.' };
    expect(letterSources(retold, job.profile)[1]).toMatchObject({ sources: [{ kind: 'experience', label: 'Senior Programmer at Remington Rand' }], unbacked: false });
  });
});
