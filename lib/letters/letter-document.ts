import { LETTER_PARTS, type CoverLetter, type JobDetails, type LetterContent, type UserProfile } from '../schema';
import { normalizeLanguage, type LetterLanguage } from './language';
import { greetingFor, localAddressee, signOffFor } from './salutation';

/**
 * The one model every export renders from (PDF, DOCX, Markdown, text, clipboard HTML), so the
 * formats can never disagree about what a letter says or in which order.
 */
export interface LetterDocument {
  sender: {
    name: string;
    /** Email and phone, in that order, without the empty ones. */
    contact: string[];
    /** Homepage, GitHub, LinkedIn addresses. */
    links: string[];
  };
  date: string;
  /** The addressee, the company and its location, without the empty ones. */
  recipient: string[];
  greeting: string;
  paragraphs: string[];
  signOff: string;
  signature: string;
  /** For titles and file names. */
  company: string;
  position: string;
}

export interface LetterDocumentOptions {
  /** The date printed on the letter. */
  date: Date;
  locale?: string;
}

/** The letter to render; without a language it is English, as letters were before languages existed. */
export type LetterSource = LetterContent & Pick<CoverLetter, 'company' | 'position'> & Partial<Pick<CoverLetter, 'language'>>;

/** The locale each letter language prints its date in. */
const DATE_LOCALES: Record<LetterLanguage, string> = {
  en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', nl: 'nl-NL', pt: 'pt-PT', sv: 'sv-SE', da: 'da-DK', no: 'nb-NO', fi: 'fi-FI', pl: 'pl-PL',
};

/** A letter's language, English when it has none or an unknown one. */
export function languageOf(letter: Partial<Pick<CoverLetter, 'language'>>): LetterLanguage {
  return normalizeLanguage(letter.language) ?? 'en';
}

const present = (values: string[]) => values.map((s) => s.trim()).filter((s) => s !== '');

export function formatLetterDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function letterDocument(
  letter: LetterSource,
  profile: Pick<UserProfile, 'name' | 'email' | 'phone' | 'homepage' | 'github' | 'linkedin'>,
  job: Pick<JobDetails, 'company' | 'title' | 'location'>,
  options: LetterDocumentOptions,
): LetterDocument {
  const language = languageOf(letter);
  const company = job.company.trim() || letter.company.trim();
  const addressee = localAddressee(language, letter.addressee, company);
  return {
    sender: {
      name: profile.name.trim(),
      contact: present([profile.email, profile.phone]),
      links: present([profile.homepage, profile.github, profile.linkedin]),
    },
    date: formatLetterDate(options.date, options.locale ?? DATE_LOCALES[language]),
    recipient: present([addressee, company, job.location]).filter((line, i, all) => all.indexOf(line) === i),
    greeting: greetingFor(language, addressee),
    // Paragraphs a user emptied are left out; nothing with text is dropped.
    paragraphs: present(LETTER_PARTS.map((part) => letter[part])),
    signOff: signOffFor(language),
    signature: profile.name.trim(),
    company,
    position: job.title.trim() || letter.position.trim(),
  };
}
