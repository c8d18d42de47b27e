import type { LetterLanguage } from './language';

/**
 * The words the app adds around what the model wrote: greeting, sign-off and the addressee when
 * the model named nobody, in each letter language. Formal by default, as applications are.
 */
interface Salutation {
  /** Greeting when the letter goes to a team, not a named person. */
  generic: string;
  /** Greeting for a named person: `{name}` is the addressee as written. */
  named: (name: string) => string;
  signOff: string;
  /** Addressee when the model named nobody. */
  team: (company: string) => string;
}

/** German and the Romance languages greet a named person by title; keep the title the model gave. */
function germanNamed(name: string): string {
  if (/^frau\b/i.test(name)) return `Sehr geehrte ${name},`;
  if (/^herr\b/i.test(name)) return `Sehr geehrter ${name},`;
  return `Guten Tag ${name},`;
}

export const SALUTATIONS: Record<LetterLanguage, Salutation> = {
  en: { generic: 'Dear Hiring Manager,', named: (n) => `Dear ${n},`, signOff: 'Sincerely,', team: (c) => (c ? `Hiring Team at ${c}` : 'Hiring Manager') },
  de: { generic: 'Sehr geehrte Damen und Herren,', named: germanNamed, signOff: 'Mit freundlichen Grüßen', team: (c) => (c ? `Personalabteilung ${c}` : 'Personalabteilung') },
  fr: { generic: 'Madame, Monsieur,', named: (n) => `Bonjour ${n},`, signOff: 'Je vous prie d’agréer mes salutations distinguées,', team: (c) => (c ? `Service recrutement, ${c}` : 'Service recrutement') },
  es: { generic: 'Estimados señores:', named: (n) => `Estimado/a ${n}:`, signOff: 'Atentamente,', team: (c) => (c ? `Equipo de selección de ${c}` : 'Equipo de selección') },
  it: { generic: 'Gentili Signore e Signori,', named: (n) => `Gentile ${n},`, signOff: 'Cordiali saluti,', team: (c) => (c ? `Ufficio del personale, ${c}` : 'Ufficio del personale') },
  nl: { generic: 'Geachte heer/mevrouw,', named: (n) => `Geachte ${n},`, signOff: 'Met vriendelijke groet,', team: (c) => (c ? `Afdeling HR, ${c}` : 'Afdeling HR') },
  pt: { generic: 'Prezados senhores,', named: (n) => `Prezado(a) ${n},`, signOff: 'Atenciosamente,', team: (c) => (c ? `Equipe de recrutamento da ${c}` : 'Equipe de recrutamento') },
  sv: { generic: 'Hej,', named: (n) => `Hej ${n},`, signOff: 'Med vänliga hälsningar', team: (c) => (c ? `Rekryteringsteamet på ${c}` : 'Rekryteringsteamet') },
  da: { generic: 'Kære rekrutteringsteam,', named: (n) => `Kære ${n},`, signOff: 'Med venlig hilsen', team: (c) => (c ? `Rekrutteringsteamet hos ${c}` : 'Rekrutteringsteamet') },
  no: { generic: 'Hei,', named: (n) => `Hei ${n},`, signOff: 'Med vennlig hilsen', team: (c) => (c ? `Rekrutteringsteamet i ${c}` : 'Rekrutteringsteamet') },
  fi: { generic: 'Hyvä vastaanottaja,', named: (n) => `Hyvä ${n},`, signOff: 'Ystävällisin terveisin', team: (c) => (c ? `${c}, rekrytointi` : 'Rekrytointi') },
  pl: { generic: 'Szanowni Państwo,', named: (n) => `Dzień dobry ${n},`, signOff: 'Z wyrazami szacunku', team: (c) => (c ? `Dział HR, ${c}` : 'Dział HR') },
};

/**
 * Addressees that name a team or department rather than a person, in any of the languages: these
 * get the language's usual greeting ("Sehr geehrte Damen und Herren,") rather than a name.
 */
const GENERIC_ADDRESSEE =
  /\b(?:hiring|recruit\w*|talent|team\w*|hr|human resources|whom it may concern|manager|personal\w*|recrut\w*|ressources humaines|selecci[oó]n|recursos humanos|rrhh|selezione|personale|risorse umane|werving|afdeling|sollicitatie\w*|recrutamento|rekryter\w*|rekrutter\w*|rekrutering\w*|rekrytointi|dział|rekrutacj\w*|kadr\w*)\b/iu;

export function isGenericAddressee(addressee: string): boolean {
  const trimmed = addressee.trim();
  return trimmed === '' || GENERIC_ADDRESSEE.test(trimmed);
}

/**
 * The greeting line. English keeps "Dear <addressee>," as it always did; the other languages use
 * their set phrase for a team and a polite form for a named person.
 */
export function greetingFor(language: LetterLanguage, addressee: string): string {
  const s = SALUTATIONS[language];
  const name = addressee.trim();
  if (language === 'en') return name ? s.named(name) : s.generic;
  return isGenericAddressee(name) ? s.generic : s.named(name);
}

export function signOffFor(language: LetterLanguage): string {
  return SALUTATIONS[language].signOff;
}

/** The addressee when nobody was named, in the letter's language. */
export function defaultAddresseeFor(language: LetterLanguage, company: string): string {
  return SALUTATIONS[language].team(company.trim());
}

/**
 * The addressee shown in the letter's recipient block: the English default the reader adds when
 * the model named nobody ("Hiring Team at X") becomes the letter language's own.
 */
export function localAddressee(language: LetterLanguage, addressee: string, company: string): string {
  const trimmed = addressee.trim();
  if (language === 'en') return trimmed;
  const englishDefault = SALUTATIONS.en.team(company.trim());
  if (trimmed === '' || trimmed === englishDefault || trimmed === 'Hiring Manager') return defaultAddresseeFor(language, company);
  return trimmed;
}
