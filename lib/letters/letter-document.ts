import { LETTER_PARTS, type CoverLetter, type JobDetails, type LetterContent, type UserProfile } from '../schema';
import { SIGN_OFF } from '../ui/letter-text';

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

export type LetterSource = LetterContent & Pick<CoverLetter, 'company' | 'position'>;

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
  const addressee = letter.addressee.trim();
  const company = job.company.trim() || letter.company.trim();
  return {
    sender: {
      name: profile.name.trim(),
      contact: present([profile.email, profile.phone]),
      links: present([profile.homepage, profile.github, profile.linkedin]),
    },
    date: formatLetterDate(options.date, options.locale),
    recipient: present([addressee, company, job.location]).filter((line, i, all) => all.indexOf(line) === i),
    greeting: `Dear ${addressee || 'Hiring Manager'},`,
    // Paragraphs a user emptied are left out; nothing with text is dropped.
    paragraphs: present(LETTER_PARTS.map((part) => letter[part])),
    signOff: SIGN_OFF,
    signature: profile.name.trim(),
    company,
    position: job.title.trim() || letter.position.trim(),
  };
}
