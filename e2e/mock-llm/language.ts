import type { LetterFacts, WrittenLetter } from './letter-writer';

/**
 * The loopback model answers in the language the request asks for ("Write the letter in
 * German."), at least where a reader sees it first: the addressee, greeting, sign-off and the
 * opening sentence. Its own small table, so a test compares the app against a second opinion.
 */
interface MockLanguage {
  addressee: (company: string) => string;
  greeting: string;
  signOff: string;
  opening: (f: LetterFacts) => string;
}

const LANGUAGES: Record<string, MockLanguage> = {
  German: {
    addressee: (c) => `Personalabteilung ${c}`,
    greeting: 'Sehr geehrte Damen und Herren,',
    signOff: 'Mit freundlichen Grüßen',
    opening: (f) => `Mit großem Interesse bewerbe ich mich um die Stelle als ${f.title} bei ${f.company}.`,
  },
  French: {
    addressee: (c) => `Service recrutement ${c}`,
    greeting: 'Madame, Monsieur,',
    signOff: 'Cordialement,',
    opening: (f) => `Je souhaite vous proposer ma candidature au poste de ${f.title} chez ${f.company}.`,
  },
  Swedish: {
    addressee: (c) => `Rekryteringsteamet på ${c}`,
    greeting: 'Hej,',
    signOff: 'Med vänliga hälsningar',
    opening: (f) => `Jag söker tjänsten som ${f.title} hos ${f.company}.`,
  },
};

/** The language the request names, e.g. "German"; null for English or none. */
export function requestedLanguage(prompt: string): string | null {
  const name = /Write the letter in ([A-Z][a-z]+)\./.exec(prompt)?.[1] ?? null;
  return name && name !== 'English' ? name : null;
}

/** The letter with its addressee and first sentence in the requested language, when the mock knows it. */
export function inRequestedLanguage(letter: WrittenLetter, facts: LetterFacts, prompt: string): WrittenLetter {
  const language = LANGUAGES[requestedLanguage(prompt) ?? ''];
  if (!language) return letter;
  return {
    addressee: language.addressee(facts.company),
    parts: { ...letter.parts, opening: `${language.opening(facts)} ${letter.parts.opening}` },
  };
}

/** A reply without tags, greeting and signing off in the requested language; null: the English one. */
export function plainTextInLanguage(letter: WrittenLetter, facts: LetterFacts, prompt: string): string | null {
  const language = LANGUAGES[requestedLanguage(prompt) ?? ''];
  if (!language) return null;
  const p = letter.parts;
  return `${language.greeting}\n\n${p.opening}\n\n${p.aboutMe}\n\n${p.whyMe}\n\n${p.whyCompany}\n\n${language.signOff}\n${facts.name}`;
}
