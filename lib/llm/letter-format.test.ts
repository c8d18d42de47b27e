import { describe, expect, it } from 'vitest';
import { parseLooseLetter, parseTaggedLetter, readLetter } from './letter-format';

const TAGGED = `<addressee>Dr. Ada Byron</addressee>
<opening>I am applying for the Staff Engineer role at Initech.</opening>
<about_me>At Remington Rand I led the A-0 compiler team.</about_me>
<why_me>Your posting asks for compiler work; that is what I do.</why_me>
<why_company>Initech's reporting language needs a real toolchain.</why_company>`;

describe('parseTaggedLetter', () => {
  it('reads a finished reply', () => {
    const { parts, complete } = parseTaggedLetter(TAGGED);
    expect(parts).toEqual({
      addressee: 'Dr. Ada Byron',
      opening: 'I am applying for the Staff Engineer role at Initech.',
      aboutMe: 'At Remington Rand I led the A-0 compiler team.',
      whyMe: 'Your posting asks for compiler work; that is what I do.',
      whyCompany: "Initech's reporting language needs a real toolchain.",
    });
    expect(complete).toEqual(['addressee', 'opening', 'aboutMe', 'whyMe', 'whyCompany']);
  });

  it('shows each part as it streams, on every prefix, and never a half-written tag', () => {
    const final = parseTaggedLetter(TAGGED).parts;
    let completed = 0;
    for (let end = 0; end <= TAGGED.length; end++) {
      const { parts, complete } = parseTaggedLetter(TAGGED.slice(0, end));
      expect(complete.length).toBeGreaterThanOrEqual(completed);
      completed = complete.length;
      for (const [field, text] of Object.entries(parts)) {
        expect(text).not.toMatch(/</);
        expect(final[field as keyof typeof final]!.startsWith(text)).toBe(true);
      }
    }
  });

  it('shows the part being written, without the start of the next tag', () => {
    const { parts, complete } = parseTaggedLetter('<addressee>Hiring Team</addressee>\n<opening>I am applying for the role</op');
    expect(parts).toEqual({ addressee: 'Hiring Team', opening: 'I am applying for the role' });
    expect(complete).toEqual(['addressee']);
    expect(parseTaggedLetter('<addressee>Hiring Team</addressee>\n<ab').parts).toEqual({ addressee: 'Hiring Team' });
  });

  it('ends a part whose closing tag the model forgot when the next part opens', () => {
    const { parts, complete } = parseTaggedLetter('<opening>First.\n<about_me>Second.</about_me>');
    expect(parts).toEqual({ opening: 'First.', aboutMe: 'Second.' });
    expect(complete).toEqual(['opening', 'aboutMe']);
  });
});

const p = (n: number) => `Paragraph ${n} says something specific.`;

describe('parseLooseLetter', () => {
  it('drops the preamble, greeting and sign-off, keeping the addressee', () => {
    const reply = `Here is your cover letter:\n\nDear Ms. Lumbergh,\n\n${p(1)}\n\n${p(2)}\n\n${p(3)}\n\n${p(4)}\n\nSincerely,\nGrace Hopper`;
    expect(parseLooseLetter(reply, 'Initech')).toEqual({ addressee: 'Ms. Lumbergh', opening: p(1), aboutMe: p(2), whyMe: p(3), whyCompany: p(4) });
  });

  it('addresses the hiring team when the reply greets nobody in particular', () => {
    expect(parseLooseLetter(`To Whom It May Concern,\n\n${p(1)}`, 'Initech').addressee).toBe('Hiring Team at Initech');
    expect(parseLooseLetter(p(1)).addressee).toBe('Hiring Manager');
  });

  it.each([
    [1, { opening: [1], aboutMe: [], whyMe: [], whyCompany: [] }],
    [2, { opening: [1], aboutMe: [], whyMe: [2], whyCompany: [] }],
    [3, { opening: [1], aboutMe: [], whyMe: [2], whyCompany: [3] }],
    [4, { opening: [1], aboutMe: [2], whyMe: [3], whyCompany: [4] }],
    [5, { opening: [1], aboutMe: [2, 3], whyMe: [4], whyCompany: [5] }],
    [7, { opening: [1], aboutMe: [2, 3, 4], whyMe: [5, 6], whyCompany: [7] }],
  ])('maps %i paragraphs onto the parts without losing any', (count, expected) => {
    const reply = Array.from({ length: count }, (_, i) => p(i + 1)).join('\n\n');
    const letter = parseLooseLetter(reply, 'Initech');
    for (const [part, numbers] of Object.entries(expected)) {
      expect(letter[part as keyof typeof letter]).toBe(numbers.map(p).join('\n\n'));
    }
  });

  it('maps markdown headings onto the parts they name', () => {
    const reply = `Dear Hiring Team,\n\n${p(1)}\n\n## About me\n${p(2)}\n\n**Why me**\n\n${p(3)}\n\n${p(4)}\n\n### Why Initech\n${p(5)}\n\nBest regards,\nGrace`;
    expect(parseLooseLetter(reply, 'Initech')).toEqual({
      addressee: 'Hiring Team',
      opening: p(1),
      aboutMe: p(2),
      whyMe: `${p(3)}\n\n${p(4)}`,
      whyCompany: p(5),
    });
  });
});

describe('readLetter', () => {
  it('uses the tags when every part is there, and the loose reading otherwise', () => {
    expect(readLetter(TAGGED, 'Initech').opening).toBe('I am applying for the Staff Engineer role at Initech.');
    const partial = `<addressee>Ms. Lumbergh</addressee>\n<opening>${p(1)}\n\n${p(2)}\n\n${p(3)}\n\n${p(4)}</opening>`;
    expect(readLetter(partial, 'Initech')).toEqual({ addressee: 'Ms. Lumbergh', opening: p(1), aboutMe: p(2), whyMe: p(3), whyCompany: p(4) });
  });

  it('falls back to the hiring team when the addressee tag is empty', () => {
    expect(readLetter(TAGGED.replace('Dr. Ada Byron', ''), 'Initech').addressee).toBe('Hiring Team at Initech');
  });
});

describe('replies in other languages', () => {
  it('drops a German greeting and sign-off from a plain reply, keeping every paragraph', () => {
    const text = 'Sehr geehrte Damen und Herren,\n\nMit großem Interesse habe ich Ihre Anzeige gelesen.\n\nIch arbeite seit sechs Jahren mit TypeScript.\n\nMit freundlichen Grüßen\nAda Lovelace';
    const letter = parseLooseLetter(text, 'Acme');
    const body = [letter.opening, letter.aboutMe, letter.whyMe, letter.whyCompany].join('\n');
    expect(body).not.toMatch(/Sehr geehrte|Mit freundlichen|Ada Lovelace/);
    expect(body).toContain('Mit großem Interesse habe ich Ihre Anzeige gelesen.');
    expect(body).toContain('Ich arbeite seit sechs Jahren mit TypeScript.');
  });

  it('drops French and Swedish sign-offs', () => {
    const pairs: [string, string][] = [['Madame, Monsieur,', 'Cordialement,'], ['Hej,', 'Med vänliga hälsningar']];
    for (const [greeting, signOff] of pairs) {
      const letter = parseLooseLetter(`${greeting}\n\nPremier paragraphe.\n\nDeuxième paragraphe.\n\n${signOff}\nAda`, 'Acme');
      expect(JSON.stringify(letter)).not.toContain(signOff.replace(',', ''));
      expect(letter.opening).toBe('Premier paragraphe.');
    }
  });
});
