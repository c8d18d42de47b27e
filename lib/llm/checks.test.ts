import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../schema';
import { checkLetter, isRefusal, isSerious } from './checks';
import { cleanLetter, sampleJob } from './testing';

// Grace Hopper: Senior Programmer at Remington Rand 1949–1967 (A-0 compiler), COBOL, PhD Mathematics at Yale.
const job = sampleJob();
const clean = cleanLetter();

const kinds = (content: LetterContent, input = job) => checkLetter(content, input).map((f) => f.kind);
const serious = (content: LetterContent, input = job) => [...new Set(checkLetter(content, input).filter(isSerious).map((f) => f.kind))];
const withAboutMe = (aboutMe: string) => ({ ...clean, aboutMe });
const withWhyCompany = (whyCompany: string) => ({ ...clean, whyCompany });

describe('checkLetter', () => {
  it('finds nothing in a specific letter that names past employers', () => {
    expect(checkLetter(clean, job)).toEqual([]);
  });

  describe('placeholders, in any bracket style and case', () => {
    it.each([
      '[Company Name]',
      '[number] years',
      '[Insert a recent project]',
      '{{COMPANY}}',
      '<Your Name>',
      '(add a recent project here)',
      'Company A',
      'ABC Ltd',
      'XYZ Corp',
      '____',
    ])('flags %s and quotes it', (placeholder) => {
      const findings = checkLetter(withWhyCompany(`${clean.whyCompany} I admire ${placeholder} a lot.`), job);
      expect(findings).toEqual([expect.objectContaining({ kind: 'placeholder', quote: expect.stringContaining(placeholder.replace(/ years$/, '')) })]);
      expect(findings[0]!.message).toContain('Replace it');
    });

    it('flags a placeholder in the addressee line', () => {
      expect(kinds({ ...clean, addressee: "Dear [Hiring Manager's Name]" })).toEqual(['placeholder']);
    });

    it('does not call a real company named like a placeholder a placeholder', () => {
      const acme = sampleJob({ company: 'Acme Corp' });
      const letter = { ...clean, addressee: 'Hiring Team at Acme Corp', opening: clean.opening.replace('Initech', 'Acme Corp'), whyCompany: 'Acme Corp is building a reporting language.' };
      expect(kinds(letter, acme)).toEqual([]);
    });

    it('leaves ordinary brackets alone: an aside, a reference', () => {
      expect(kinds(withAboutMe('At Remington Rand (1949 to 1967) I led the team that built the A-0 compiler [1].'))).toEqual([]);
    });
  });

  describe('wrong company', () => {
    it.each([
      ['At Klarna, I would bring the same care to your parser.', 'Klarna'],
      ["Spotify's mission resonates with me.", 'Spotify'],
      ['I am sure the role with Revolut suits me.', 'Revolut'],
      ['What draws me to Etsy is its care for small sellers.', 'Etsy'],
      ['I am excited about bol.com and its teams.', 'bol.com'],
      ['Joining Škoda would let me build tools for engineers.', 'Škoda'],
      ['I hope to join Ørsted next year.', 'Ørsted'],
    ])('flags "%s"', (sentence, name) => {
      const findings = checkLetter(withWhyCompany(`${clean.whyCompany} ${sentence}`), job);
      expect(findings).toEqual([expect.objectContaining({ kind: 'wrong-company', quote: name })]);
      expect(findings[0]!.message).toContain('Replace it with Initech');
    });

    it.each([
      'I am eager to bring my skills to Globex.',
      'Globex is the place where I want to grow.',
      'I have long admired Hooli for its engineering culture.',
      'Thank you for considering my application to Vandelay Industries.',
      'I believe I would be a great fit for the team at Pied Piper.',
      'I look forward to contributing to Wayne Enterprises.',
      'The opportunity to work for Soylent on compilers excites me.',
    ])('flags another company in "%s"', (sentence) => {
      expect(serious(withWhyCompany(`${clean.whyCompany} ${sentence}`))).toEqual(['wrong-company']);
    });

    it.each([
      'I enjoy reading about how Google and Netflix run large systems.',
      'I have used tools from JetBrains and GitHub every day.',
      'Much like the early days at Bell Labs, your team seems small and focused.',
      'I presented the A-0 compiler at a conference in Philadelphia.',
      'I follow the Python Software Foundation closely.',
      'I have learned a lot from Stripe’s engineering blog.',
    ])('leaves other names alone when nobody applies to or works at them: "%s"', (sentence) => {
      expect(serious(withWhyCompany(`${clean.whyCompany} ${sentence}`))).toEqual([]);
    });

    it('reports a company once, by its whole name', () => {
      const findings = checkLetter(withWhyCompany("Globex Corporation's mission resonates with me."), job);
      expect(findings).toEqual([expect.objectContaining({ kind: 'wrong-company', quote: 'Globex Corporation' })]);
    });

    it('accepts names the posting mentions, and the profile’s own employers, schools and projects', () => {
      const posting = sampleJob({ description: 'Build the compiler toolchain for Initech Reports, our product used by Globex and Umbrella. You will own the parser.' });
      expect(serious(withWhyCompany('What draws me to Initech Reports is that Globex relies on it; I would love to help Umbrella too.'), posting)).toEqual([]);
      expect(serious(withWhyCompany('Initech reminds me of Remington Rand, and I would bring what Yale University and COBOL taught me.'))).toEqual([]);
    });

    it('does not make the letter miss a company whose name carries a legal form or a short form', () => {
      for (const company of ['Initech SE', 'Initech Pty Ltd', 'Initech GmbH', 'Initech AB', 'Initech, Inc.', 'Initech plc', 'Initech S.A.', 'Initech N.V.', 'Initech K.K.']) {
        expect(kinds(clean, sampleJob({ company }))).toEqual([]);
      }
      const long = sampleJob({ company: 'International Business Machines Corporation' });
      expect(kinds({ ...clean, addressee: 'Hiring Team at IBM', opening: 'I would like to join IBM as a Staff Compiler Engineer.', whyCompany: 'IBM builds languages.' }, long)).toEqual([]);
    });

    it('flags a letter that never names the company', () => {
      const noCompany = Object.fromEntries(Object.entries(clean).map(([k, v]) => [k, v.replaceAll('Initech', 'your company')])) as LetterContent;
      expect(kinds(noCompany)).toEqual(['missing-company']);
    });

    it('never matches across a sentence or paragraph end', () => {
      // "join" ends one sentence; "Globex" starts the next, as the candidate's former client from the profile would.
      const input = sampleJob();
      input.profile.experience[0]!.description += ' Clients included Globex.';
      expect(serious(withWhyCompany('It is the team I want to join.\n\nGlobex trusted my compilers for a decade, and Initech can too.'), input)).toEqual([]);
    });
  });

  describe('invented facts', () => {
    it('flags a number the profile does not have, and a changed one', () => {
      expect(serious(withAboutMe('At Remington Rand I led a team of 12 that built the A-0 compiler.'))).toEqual(['unsupported-number']);
      expect(serious(withAboutMe('At Remington Rand I cut compile times by 40% and grew revenue by $2M.'))).toEqual(['unsupported-number']);
      expect(serious(withAboutMe('At Remington Rand I led seven engineers who built the A-0 compiler.'))).toEqual(['unsupported-number']);
      const withFigure = sampleJob();
      withFigure.profile.experience[0]!.description = 'Cut compile times by 25%.';
      expect(serious(withAboutMe('At Remington Rand I cut compile times by 50%.'), withFigure)).toEqual(['unsupported-number']);
      expect(serious(withAboutMe('At Remington Rand I cut compile times by 25%.'), withFigure)).toEqual([]);
    });

    it('accepts the posting’s figures about the company, but not as the candidate’s own result', () => {
      const posting = sampleJob({ description: 'Our reporting language serves 40,000 analysts. Help us cut build times by 30%. You will own the parser.' });
      expect(serious(withWhyCompany('Initech serves 40,000 analysts, and your goal to cut build times by 30% excites me.'), posting)).toEqual([]);
      expect(serious(withAboutMe('At Remington Rand I cut build times by 30%.'), posting)).toEqual(['unsupported-number']);
    });

    it('flags an organisation the candidate never worked, studied or had clients at', () => {
      expect(serious(withAboutMe('During my internship at Google I learned to ship compilers.'))).toEqual(['unsupported-employer']);
      expect(serious(withAboutMe('I worked at IBM on the FORTRAN compiler.'))).toEqual(['unsupported-employer']);
      expect(serious(withAboutMe('I studied mathematics at Harvard University.'))).toEqual(['unsupported-employer']);
      expect(serious(withAboutMe('I built compilers for clients such as Boeing.'))).toEqual(['unsupported-employer']);
      for (const sentence of ['At Hooli, I rebuilt the parser.', 'As a consultant for Pfizer I tuned compilers.', 'My time with Umbrella taught me about testing.', 'I graduated from MIT with honours.']) {
        expect(serious(withAboutMe(sentence))).toEqual(['unsupported-employer']);
      }
    });

    it('does not let a skill back an employer', () => {
      const input = sampleJob();
      input.profile.skills.push('Google Cloud');
      expect(serious(withAboutMe('During my internship at Google I learned to ship compilers.'), input)).toEqual(['unsupported-employer']);
      expect(serious(withAboutMe('At Remington Rand I ran the compiler on Google Cloud.'), input)).toEqual([]);
    });

    it('flags degrees and certifications the profile does not list', () => {
      expect(serious(withAboutMe('I hold an MBA and led the team that built the A-0 compiler.'))).toEqual(['unsupported-credential']);
      expect(serious(withAboutMe('As a PMP, I led the team that built the A-0 compiler.'))).toEqual(['unsupported-credential']);
      const azure = sampleJob();
      azure.profile.skills.push('Azure');
      expect(serious(withAboutMe('I am a Microsoft Certified: Azure Solutions Architect Expert.'), azure)).toEqual(['unsupported-credential']);
      // Her PhD is in the profile.
      expect(serious(withAboutMe('My PhD in mathematics from Yale University taught me rigour.'))).toEqual([]);
    });

    it('flags more years of experience than the profile’s dates support', () => {
      const recent = sampleJob();
      recent.profile.experience[0] = { ...recent.profile.experience[0]!, start: '2021', end: '' };
      expect(serious(withAboutMe('I bring 10+ years of experience building compilers at Remington Rand.'), recent)).toEqual(['inflated-experience']);
      expect(serious(withAboutMe('I bring five years of experience building compilers at Remington Rand.'), recent)).toEqual([]);
    });

    it('flags contact details that are not the profile’s', () => {
      expect(serious(withWhyCompany(`${clean.whyCompany} You can reach me at grace.h@gmail.com or +1 212 555 0199.`))).toEqual(['unsupported-contact']);
      expect(serious(withWhyCompany(`${clean.whyCompany} You can reach me at grace@example.com.`))).toEqual([]);
    });

    it('never takes the writing sample as a source of facts', () => {
      const input = sampleJob();
      Object.assign(input.profile, { writingSample: 'At Google I grew revenue by 80% and earned my MBA.' });
      expect(serious(withAboutMe('At Google I grew revenue by 80% and earned my MBA.'), input)).toEqual(expect.arrayContaining(['unsupported-number', 'unsupported-credential']));
    });
  });

  describe('refusals and model chatter', () => {
    it.each([
      'Here is a tailored cover letter for the role.',
      'As an AI language model, I cannot verify these details.',
      "I'm not able to help with inventing achievements.",
      'Note: I assumed you are willing to relocate.',
      'This draft emphasises your compiler work. I can make it shorter.',
      "Let me know if you'd like any changes.",
      'I hope this cover letter meets your needs!',
      "I've highlighted your leadership experience as requested.",
      'Would you like a version in German as well?',
      'I have kept it under 300 words so it fits on one page.',
      'Unfortunately, I cannot include details that are not in your profile.',
      'Je peux aussi l’adapter pour un ton plus formel.',
      'Ich hoffe, das hilft dir weiter!',
    ])('flags "%s" anywhere in the letter', (chatter) => {
      expect(new Set(kinds(withAboutMe(`${clean.aboutMe} ${chatter}`)))).toEqual(new Set(['preamble']));
      expect(checkLetter(withAboutMe(`${clean.aboutMe} ${chatter}`), job)[0]!.message).toContain('Delete it');
    });

    it.each([
      'I would be glad to walk you through the A-0 compiler in an interview.',
      'Please let me know if you need references or work samples.',
      'Feel free to contact me at any time.',
      'I cannot wait to help your team ship faster.',
      "I'm sorry to leave my current team, but this role is the right next step.",
      'Sure enough, the new compiler cut our backlog.',
      'N’hésitez pas à me contacter pour un entretien.',
    ])('does not take the letter’s own words for chatter: "%s"', (sentence) => {
      expect(kinds(withWhyCompany(`${clean.whyCompany} ${sentence}`))).toEqual([]);
    });
  });

  it('holds a letter to the length the job asked for', () => {
    const words = (n: number) => 'Compilers matter a lot. '.repeat(Math.ceil(n / 4));
    const letterOf = (n: number) => ({ ...clean, aboutMe: `${clean.aboutMe} ${words(n)}` });
    const tooLong = (n: number, length?: 'short' | 'standard' | 'long') =>
      checkLetter(letterOf(n), length ? { ...job, config: { length } } : job).some((f) => f.kind === 'too-long');
    expect(tooLong(500, 'long')).toBe(false);
    expect(tooLong(500, 'standard')).toBe(true);
    expect(tooLong(500)).toBe(true);
    expect(tooLong(200, 'standard')).toBe(false);
    expect(tooLong(280, 'short')).toBe(true);
  });

  it('flags an over-long letter, clichés and empty parts as style notes, not serious findings', () => {
    const long = checkLetter({ ...clean, aboutMe: `${clean.aboutMe} ${'Compilers matter. '.repeat(230)}` }, job);
    expect(long).toEqual([expect.objectContaining({ kind: 'too-long', message: expect.stringMatching(/^The letter has \d+ words/) })]);
    const cliche = checkLetter({ ...clean, whyMe: 'I am a team player who can hit the ground running.' }, job);
    expect(cliche).toEqual([expect.objectContaining({ kind: 'cliche', message: expect.stringContaining('"team player", "hit the ground running"') })]);
    expect(cliche.filter(isSerious)).toEqual([]);
    expect(checkLetter({ ...clean, whyMe: '' }, job)).toEqual([{ kind: 'missing-part', message: '"Why me" is empty. Write it or regenerate the letter.' }]);
  });
});

describe('isRefusal', () => {
  it.each([
    "I'm sorry, but I can't help with that.",
    'I cannot help with writing this letter.',
    'Sorry, I am unable to write a cover letter for this posting.',
    'As an AI, I will not write this.',
    'Es tut mir leid, aber ich kann das nicht schreiben.',
  ])('recognises "%s"', (text) => expect(isRefusal(text)).toBe(true));

  it.each([
    'I would like to be considered for the role. I can’t wait to start.',
    '<opening>I am sorry to leave Remington Rand, but I cannot pass up this role.</opening>',
    '',
  ])('does not mistake a letter for a refusal: "%s"', (text) => expect(isRefusal(text)).toBe(false));
});
