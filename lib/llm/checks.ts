import { LETTER_PART_LABELS, LETTER_PARTS, type GenerationJob, type LetterContent, type LetterFinding, type LetterFindingKind } from '../schema';
import { claimFindings } from './guard/claims';
import { unexplainedOrganisations } from './guard/companies';
import { evidenceFor, namesCompany } from './guard/evidence';
import { chatterIn, placeholdersIn } from './guard/leftovers';
import { fold, letterSentences, words } from './guard/text';
import { LENGTH_WORDS } from './prompt';

/** Past this many words most readers stop, for a standard letter (the prompt asks for 250–350). */
export const MAX_LETTER_WORDS = 450;

/** The same allowance for the length the job asked for: a "Long" letter is not flagged for being long. */
export function maxWordsFor(length: keyof typeof LENGTH_WORDS = 'standard'): number {
  return Math.round((LENGTH_WORDS[length].max * MAX_LETTER_WORDS) / LENGTH_WORDS.standard.max);
}

/** Findings worth one corrective request: the letter would embarrass or mislead as it is. Style notes are not. */
export const SERIOUS_KINDS: readonly LetterFindingKind[] = [
  'placeholder',
  'wrong-company',
  'missing-company',
  'preamble',
  'unsupported-number',
  'unsupported-employer',
  'unsupported-credential',
  'inflated-experience',
  'unsupported-contact',
];

export function isSerious(finding: LetterFinding): boolean {
  return SERIOUS_KINDS.includes(finding.kind);
}

const CLICHES = words(
  'i am writing to express my interest|i am writing to apply|team player|hit the ground running|think outside the box|go-getter|' +
    'synergy|results-driven|detail-oriented|self-starter|passionate about|perfect fit|dream job|fast-paced environment|wear many hats|proven track record',
);

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The config is optional: without it the letter is held to the standard length. */
type GuardJob = Pick<GenerationJob, 'profile' | 'job'> & { config?: Pick<GenerationJob['config'], 'length'> };

function finding(kind: LetterFindingKind, quote: string, message: string): LetterFinding {
  return { kind, quote, message };
}

const CLAIM_ADVICE: Record<'unsupported-number' | 'inflated-experience' | 'unsupported-credential' | 'unsupported-contact', string> = {
  'unsupported-number': 'Remove it or replace it with a figure from your profile.',
  'inflated-experience': 'Use the years your profile supports, or leave the number out.',
  'unsupported-credential': 'Remove it unless you hold it (then add it to your profile).',
  'unsupported-contact': 'Use the contact details from your profile.',
};

/** Real names that look like placeholders ("Acme Corp" can be a real employer). */
function realNames(job: GuardJob): string[] {
  return [job.job.company, ...job.profile.experience.map((e) => e.employer), ...job.profile.projects.map((p) => p.name), ...job.profile.education.map((e) => e.institution), job.job.description];
}

/**
 * What the user should look at before sending: placeholders, another company, invented facts,
 * the model's own remarks, then style. Each finding quotes the letter's words and says what to do.
 * Deterministic and local; runs after every generation and every edit.
 */
export function checkLetter(content: LetterContent, job: GuardJob): LetterFinding[] {
  const body = LETTER_PARTS.map((part) => content[part]).join('\n\n');
  const whole = `${content.addressee}\n\n${body}`;
  const evidence = evidenceFor(job, body);
  const findings: LetterFinding[] = [];
  const seen = new Set<string>();
  const push = (f: LetterFinding) => {
    const key = `${f.kind}:${f.quote ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };

  const placeholders = placeholdersIn(whole, realNames(job));
  for (const placeholder of placeholders) {
    push(finding('placeholder', placeholder, `The letter still contains the placeholder "${placeholder}". Replace it with the real words, or delete it, before sending.`));
  }

  const company = job.job.company;
  for (const sentence of letterSentences(content)) {
    const chatter = sentence.field === 'addressee' ? null : chatterIn(sentence.text);
    if (chatter) {
      push(finding('preamble', chatter, `"${chatter}" is the model talking to you, not part of the letter. Delete it before sending.`));
      continue;
    }
    for (const org of unexplainedOrganisations(sentence.text, sentence.field === 'addressee', evidence)) {
      // "Company A" is reported once, as the placeholder it is.
      if (placeholders.some((p) => p.includes(org.name) || org.name.includes(p))) continue;
      if (org.role === 'target') {
        push(finding('wrong-company', org.name, `The letter treats "${org.name}" as the company you are applying to, but this application is for ${company}. Replace it with ${company}.`));
      } else {
        push(finding('unsupported-employer', org.name, `The letter says you worked, studied or had clients at "${org.name}", but your profile does not. Remove it or use an employer from your profile.`));
      }
    }
    if (sentence.field === 'addressee') continue;
    for (const claim of claimFindings(sentence.text, evidence)) {
      push(finding(claim.kind, claim.quote, `"${claim.quote}": ${claim.detail} ${CLAIM_ADVICE[claim.kind]}`));
    }
  }

  if (company.trim() && !namesCompany(fold(whole), evidence.company)) {
    push(finding('missing-company', '', `The letter never names ${company}. Mention the company so it reads as written for them.`));
  }

  const letterWords = wordCount(body);
  const allowed = maxWordsFor(job.config?.length);
  if (letterWords > allowed) {
    push(finding('too-long', '', `The letter has ${letterWords} words, more than the ${LENGTH_WORDS[job.config?.length ?? 'standard'].max} or so asked for. Trim it or regenerate with "shorter".`));
  }
  const lower = body.toLowerCase();
  const cliches = CLICHES.filter((phrase) => lower.includes(phrase));
  if (cliches.length > 0) {
    push(finding('cliche', cliches[0]!, `Stock phrases make the letter sound generic: ${cliches.map((c) => `"${c}"`).join(', ')}. Replace them with something specific.`));
  }
  for (const part of LETTER_PARTS) {
    if (content[part].trim() === '') push(finding('missing-part', '', `"${LETTER_PART_LABELS[part]}" is empty. Write it or regenerate the letter.`));
  }
  // A placeholder named inside the model's own remark ("Remember to replace [Name]") is that remark, reported once.
  const remarks = findings.filter((f) => f.kind === 'preamble').map((f) => f.quote ?? '');
  return findings
    .filter((f) => !(f.kind === 'placeholder' && remarks.some((r) => f.quote && r.includes(f.quote))))
    .map((f) => (f.quote ? f : { kind: f.kind, message: f.message }));
}

// Word ends are \p{L} look-arounds, not \b: \b treats accented letters as non-word, so "désolé," or "nie mogę" never matched.
const REFUSAL_START =
  /^(?:i['’]m sorry|i am sorry|sorry|i apologi[sz]e|unfortunately)\b[^]{0,200}?\b(?:can['’]?t|cannot|unable|won['’]t|not able)\b|^i(?: can['’]?t| cannot| won['’]t| am unable to| am not able to|['’]m not able to|['’]m unable to) (?:help|assist|write|comply|do|create|provide)|^as an ai\b|^(?:es tut mir leid|leider kann ich|je suis désolé|désolé|lo siento|mi dispiace|het spijt me|sinto muito|desculpe|tyvärr|beklager|valitettavasti|przepraszam)(?!\p{L})[^]{0,200}?(?<!\p{L})(?:nicht|pas|no puedo|non posso|niet|não posso|kan inte|kan ikke|en voi|nie mogę)(?!\p{L})/iu;

/** The model declined instead of writing: only its opening words count, so a letter saying "I can't wait" is not one. */
export function isRefusal(text: string): boolean {
  const start = text.trim().slice(0, 300);
  return start !== '' && REFUSAL_START.test(start);
}
