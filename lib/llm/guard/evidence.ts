/**
 * What may back a letter's claims: the profile (never its writing sample: that is style, not facts)
 * and, for statements about the company, the posting.
 */
import type { GenerationJob, UserProfile } from '../../schema';
import { careerYears, entryYears } from './dates';
import { findNumbers } from './numbers';
import { detectLanguage, escapeRegExp, fold, type GuardLanguage, words } from './text';

export type GuardInput = Pick<GenerationJob, 'profile' | 'job'>;

/** Legal forms and the like: "Northvolt AB" is "Northvolt" in a letter. */
const LEGAL_FORMS =
  /(?:[\s,]+(?:&\s*co\.?\s*kgaa|gmbh\s*&\s*co\.?\s*kg|se\s*&\s*co\.?\s*kgaa|inc|llc|l\.l\.c|llp|lp|ltd|limited|pty|pty\.?\s*ltd|pte|pvt|private|plc|gmbh|ggmbh|ag|se|kg|kgaa|ohg|e\.\s?v|ab|\(publ\)|asa|as|a\/s|aps|oy|oyj|sa|s\.a|s\.a\.s|sas|sarl|s\.a\.r\.l|s\.à r\.l|sl|s\.l|spa|s\.p\.a|srl|s\.r\.l|nv|n\.v|bv|b\.v|kk|k\.k|co|corp|corporation|company|group|holding|holdings|sp\.?\s*z\s*o\.?\s*o|s\.c|lda|ltda|gk|bhd|sdn|ulc|scs)\.?)+$/i;

export function coreCompany(name: string): string {
  let core = name.trim().replace(/^the\s+/i, '');
  for (let i = 0; i < 3; i++) core = core.replace(LEGAL_FORMS, '').trim();
  return core.replace(/[,.]$/, '').trim() || name.trim();
}

export interface CompanyNames {
  full: string;
  core: string;
  /** Folded forms that count as naming the company: core, its distinctive words, acronym, name without domain. */
  forms: string[];
}

const GENERIC_WORDS = new Set(
  words('the|and|of|de|la|le|der|die|das|group|bank|international|global|services|solutions|systems|technologies|technology|digital|labs|studio|studios|software|consulting|partners|ventures|capital|media|energy|health|foods|europe|nordic|deutschland|france|espana|italia|nederland|sverige|danmark|norge|suomi|polska|uk|us|usa|company|university|universitat'),
);

export function companyNames(company: string): CompanyNames {
  const core = coreCompany(company);
  const folded = fold(core);
  const forms = new Set<string>([fold(company.trim()), folded]);
  const withoutDomain = folded.replace(/\.(?:com|io|de|nl|fr|es|it|se|dk|no|fi|pl|pt|co|ai|net|org|eu|app|dev|co\.uk)$/, '');
  forms.add(withoutDomain);
  const words = withoutDomain.split(/[\s-]+/).filter(Boolean);
  // "Siemens Healthineers" is also "Siemens" and "Healthineers"; "Banco Santander" is "Santander".
  if (words.length > 1) for (const word of words) if (word.length >= 3 && !GENERIC_WORDS.has(word)) forms.add(word);
  if (words.length > 1) forms.add(words.map((w) => w[0]).join(''));
  forms.add(withoutDomain.replace(/[\s&.-]+/g, ''));
  // "H & M Hennes & Mauritz": the letters and ampersands before the first word are a name of their own ("H&M").
  const initials = /^((?:\p{L}\s*&\s*)+\p{L})(?=\s)/u.exec(withoutDomain)?.[1];
  if (initials) forms.add(initials.replace(/\s+/g, ''));
  return { full: company, core, forms: [...forms].filter((f) => f.length >= 2) };
}

/** True when the folded text contains the name as a word (inflections allowed: "Spotifys", "Nokialla", "Ørsteds"). */
const NAME_PATTERNS = new Map<string, RegExp>();

export function containsName(foldedText: string, foldedName: string): boolean {
  if (!foldedName || !foldedText.includes(foldedName)) return false;
  let pattern = NAME_PATTERNS.get(foldedName);
  if (!pattern) {
    pattern = new RegExp(`(?<![a-z0-9])${escapeRegExp(foldedName)}(?:'s|'|:[a-z]{1,4}|s|n|[a-z]{0,4})?(?![a-z0-9])`);
    if (NAME_PATTERNS.size > 2000) NAME_PATTERNS.clear();
    NAME_PATTERNS.set(foldedName, pattern);
  }
  return pattern.test(foldedText);
}

export function namesCompany(foldedText: string, company: CompanyNames): boolean {
  return company.forms.some((form) =>
    form.length <= 3 ? foldedText.includes(form) && new RegExp(`(?<![a-z0-9])${escapeRegExp(form)}(?![a-z0-9])`).test(foldedText) : containsName(foldedText, form),
  );
}

export type DegreeLevel = 'bachelor' | 'master' | 'doctorate' | 'mba';

export function degreeLevels(text: string): Set<DegreeLevel> {
  const t = fold(text).replace(/\./g, '');
  const levels = new Set<DegreeLevel>();
  if (/\bmba\b|master of business/.test(t)) levels.add('mba');
  if (/\b(?:msc|ma|meng|mphil|mres|llm|mfa|ms|mag|master|masters|master's|masterstudium|magister|laurea magistrale|maestria|mestrado|civilingenjor|kandidat|cand\w*|diplom\w*|dipl-ing|ingenieur|ingenieria|ir|drs|maitrise|dea|dess|fil mag|diplomi-insinoori|dyplom magistra|mgr|inz)\b/.test(t)) levels.add('master');
  if (/\b(?:bsc|ba|beng|bs|bachelor|bachelors|bachelor's|licence|licenciatura|laurea|grado|hbo|wo|kandidaatti|fil kand|licencjat|inzynier|bachelier|professionsbachelor)\b/.test(t)) levels.add('bachelor');
  if (/\b(?:phd|dphil|doctorate|doctoral|doctor|dr|doktor|promotion|doctorat|doctorado|dottorato|promotie|doutorado|doktorsexamen|ph d|tohtori|doktorat)\b/.test(t)) levels.add('doctorate');
  return levels;
}

export interface Evidence {
  language: GuardLanguage;
  /** Every profile field except the writing sample, folded. */
  profileText: string;
  profileNumbers: number[];
  postingText: string;
  postingNumbers: number[];
  /** Folded employer, school and project names. */
  organisations: string[];
  /** Folded experience and project descriptions: clients named there count as the candidate's. */
  workText: string;
  company: CompanyNames;
  /** Folded skills: a skill named after "experience in" is not an employer. */
  skills: string[];
  /** Folded job titles: the posting's and the profile's roles. */
  roles: string[];
  degrees: Set<DegreeLevel>;
  careerYears: number | null;
  yearsByEmployer: Array<{ name: string; years: number | null }>;
  contacts: string[];
  postingContacts: string[];
}

/** The facts of the profile the letter may use. Lists fields one by one so a new field (a writing sample) is never backing by accident. */
export function profileFacts(profile: UserProfile): string[] {
  return [
    profile.name,
    profile.email,
    profile.phone,
    profile.homepage,
    profile.github,
    profile.linkedin,
    ...profile.experience.flatMap((e) => [e.employer, e.role, e.start, e.end, e.description]),
    ...profile.projects.flatMap((p) => [p.name, p.description, p.url]),
    ...profile.skills,
    ...profile.education.flatMap((e) => [e.institution, e.degree, e.start, e.end]),
  ].filter((s): s is string => typeof s === 'string' && s !== '');
}

export function normalizeContact(raw: string): string {
  const t = raw.trim().toLowerCase().replace(/[.,;:)]+$/, '');
  if (/^\+?[\d\s().-]{7,}$/.test(t)) return t.replace(/\D/g, '').slice(-9);
  return t.replace(/^mailto:/, '').replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

export const CONTACT_PATTERN =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[^\s,;)>"]+|\b(?:[\w-]+\.)+(?:com|io|dev|net|org|me|de|nl|fr|es|it|se|dk|no|fi|pl|pt|co|uk|eu|app|ai)\/[^\s,;)>"]+|(?<![\w])\+?\d[\d ().-]{7,}\d(?![\w])/g;

function contactsIn(text: string): string[] {
  return [...text.matchAll(CONTACT_PATTERN)].map((m) => normalizeContact(m[0]));
}

const cache = new WeakMap<object, Evidence>();

export function evidenceFor(input: GuardInput, letterText: string, now = new Date()): Evidence {
  const cached = cache.get(input);
  const language = detectLanguage(letterText);
  if (cached && cached.language === language) return cached;
  const { profile, job } = input;
  const facts = profileFacts(profile);
  const profileText = facts.join('\n');
  const postingRaw = [job.company, job.title, job.location, job.url, job.description].join('\n');
  const evidence: Evidence = {
    language,
    profileText: fold(profileText),
    profileNumbers: [...findNumbers(profileText, language), ...findNumbers(profileText, 'en')].map((n) => n.value),
    postingText: fold(postingRaw),
    postingNumbers: [...findNumbers(postingRaw, language), ...findNumbers(postingRaw, detectLanguage(job.description))].map((n) => n.value),
    organisations: [
      ...profile.experience.map((e) => e.employer),
      ...profile.education.map((e) => e.institution),
      ...profile.projects.map((p) => p.name),
    ].flatMap((name) => [fold(name), fold(coreCompany(name))]),
    workText: fold([...profile.experience.flatMap((e) => [e.role, e.description]), ...profile.projects.map((p) => p.description)].join('\n')),
    company: companyNames(job.company),
    skills: profile.skills.map(fold),
    roles: [job.title, ...profile.experience.map((e) => e.role)].map(fold),
    degrees: degreeLevels(profile.education.map((e) => e.degree).join('\n')),
    careerYears: careerYears(profile.experience, now),
    yearsByEmployer: profile.experience.map((e) => ({ name: fold(coreCompany(e.employer)), years: entryYears(e, now) })),
    contacts: contactsIn([profile.email, profile.phone, profile.homepage, profile.github, profile.linkedin, ...profile.projects.map((p) => p.url), ...profile.experience.map((e) => e.description)].join('\n')),
    postingContacts: contactsIn(postingRaw),
  };
  cache.set(input, evidence);
  return evidence;
}
