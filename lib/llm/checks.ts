import { LETTER_PART_LABELS, LETTER_PARTS, type GenerationJob, type LetterContent, type LetterFinding } from '../schema';

/** Past this many words most readers stop; the prompt asks for 250–350. */
export const MAX_LETTER_WORDS = 450;

const PLACEHOLDERS: RegExp[] = [
  /\[[A-Z][^\]\n]{1,40}\]/g, // [Company Name], [Your Name]
  /\{\{[^}\n]{1,40}\}\}/g, // {{COMPANY}}
  /<[A-Z][A-Za-z ]{1,30}>/g, // <Company>
  /\b(?:XYZ|ABC|Acme|Example) (?:Corp(?:oration)?|Inc\.?|Company|Ltd\.?)(?![\w])/g,
];

const CLICHES = [
  'i am writing to express my interest',
  'i am writing to apply',
  'team player',
  'hit the ground running',
  'think outside the box',
  'go-getter',
  'synergy',
  'results-driven',
  'detail-oriented',
  'self-starter',
  'passionate about',
  'perfect fit',
  'dream job',
  'fast-paced environment',
  'wear many hats',
  'proven track record',
];

const PREAMBLE_START = /^(?:here(?:'s| is)\b|below is\b|sure[,!]|certainly[,!]|of course[,!]|absolutely[,!]|as requested\b)/i;
const TRAILING_CHATTER = /(?:let me know if|i hope this (?:letter )?helps|feel free to (?:adjust|modify|edit)|would you like me to)/i;

/** Phrases after which a company is the one applied to, not a past employer. */
const APPLYING_TO = /\b(?:join(?:ing)?|position at|role at|opportunity at|team at|career at|apply(?:ing)? to|contribute to|Hiring Team at|Hiring Manager at|excited about|drawn to|drew me to)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&))*)/g;
const NOT_COMPANY_WORDS = new Set(['the', 'a', 'an', 'your', 'our', 'this', 'my', 'you', 'it', 'team', 'i']);
const LEGAL_SUFFIX = /[,\s]+(?:inc|llc|ltd|gmbh|corp|corporation|co|plc|ag|sa|s\.a|bv|limited|company)\.?$/i;

function coreName(name: string): string {
  return name.trim().replace(LEGAL_SUFFIX, '').replace(/[’']s$/i, '').trim().toLowerCase();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function fullText(content: LetterContent): string {
  return [content.addressee, ...LETTER_PARTS.map((part) => content[part])].join('\n\n');
}

/** A real company can be called "Acme Corp": names from the job and the profile are never placeholders. */
function realNames(job: Pick<GenerationJob, 'profile' | 'job'>): string[] {
  return [job.job.company, ...job.profile.experience.map((e) => e.employer), ...job.profile.projects.map((p) => p.name)]
    .map((name) => name.toLowerCase())
    .filter(Boolean);
}

function placeholderFindings(text: string, job: Pick<GenerationJob, 'profile' | 'job'>): LetterFinding[] {
  const names = realNames(job);
  const found = new Set<string>();
  for (const pattern of PLACEHOLDERS) {
    for (const match of text.matchAll(pattern)) {
      if (!names.some((name) => name.includes(match[0].toLowerCase()))) found.add(match[0]);
    }
  }
  return [...found].map((placeholder) => ({
    kind: 'placeholder',
    message: `The letter still contains the placeholder "${placeholder}". Replace it before sending.`,
  }));
}

function companyFindings(content: LetterContent, job: Pick<GenerationJob, 'profile' | 'job'>): LetterFinding[] {
  const company = coreName(job.job.company);
  const text = fullText(content);
  const findings: LetterFinding[] = [];
  if (company && !text.toLowerCase().includes(company)) {
    findings.push({ kind: 'missing-company', message: `The letter never names ${job.job.company}. Mention the company so it reads as written for them.` });
  }
  // Names the candidate may rightly mention: where they worked, studied, built things, what they know.
  const known = [
    ...job.profile.skills,
    ...job.profile.experience.map((e) => e.employer),
    ...job.profile.education.map((e) => e.institution),
    ...job.profile.projects.map((p) => p.name),
  ].map(coreName);
  const wrong = new Set<string>();
  for (const match of text.matchAll(APPLYING_TO)) {
    const name = match[1]!.replace(/[.,]$/, '');
    const core = coreName(name);
    if (!core || NOT_COMPANY_WORDS.has(core.split(' ')[0]!)) continue;
    const isThisCompany = core.includes(company) || company.includes(core);
    if (!isThisCompany && !known.some((k) => k && (core.includes(k) || k.includes(core)))) wrong.add(name);
  }
  for (const name of wrong) {
    findings.push({
      kind: 'wrong-company',
      message: `The letter mentions applying to "${name}", but this application is for ${job.job.company}. Fix or regenerate it.`,
    });
  }
  return findings;
}

function preambleFindings(content: LetterContent): LetterFinding[] {
  const starts = [content.addressee, content.opening].map((t) => t.trim());
  const last = [...LETTER_PARTS].reverse().map((p) => content[p]).find((t) => t.trim() !== '') ?? '';
  if (starts.some((t) => PREAMBLE_START.test(t) || /cover letter:/i.test(t)) || TRAILING_CHATTER.test(last)) {
    return [{ kind: 'preamble', message: "The model's own remarks (like \"Here is your cover letter\") are in the letter. Delete them before sending." }];
  }
  return [];
}

function clicheFindings(text: string): LetterFinding[] {
  const lower = text.toLowerCase();
  const found = CLICHES.filter((phrase) => lower.includes(phrase));
  if (found.length === 0) return [];
  return [{ kind: 'cliche', message: `Stock phrases make the letter sound generic: ${found.map((c) => `"${c}"`).join(', ')}. Replace them with something specific.` }];
}

/** What the user should look at before sending: the mistakes people complain about in AI cover letters. */
export function checkLetter(content: LetterContent, job: Pick<GenerationJob, 'profile' | 'job'>): LetterFinding[] {
  const body = LETTER_PARTS.map((part) => content[part]).join('\n\n');
  const findings: LetterFinding[] = [
    ...placeholderFindings(fullText(content), job),
    ...companyFindings(content, job),
    ...preambleFindings(content),
  ];
  const words = wordCount(body);
  if (words > MAX_LETTER_WORDS) {
    findings.push({ kind: 'too-long', message: `The letter has ${words} words; most readers stop around 350. Trim it or regenerate with "shorter".` });
  }
  findings.push(...clicheFindings(body));
  for (const part of LETTER_PARTS) {
    if (content[part].trim() === '') {
      findings.push({ kind: 'missing-part', message: `"${LETTER_PART_LABELS[part]}" is empty. Write it or regenerate the letter.` });
    }
  }
  return findings;
}

const REFUSAL = /^(?:i['’]m sorry|i am sorry|sorry|i apologi[sz]e|unfortunately)\b[^]{0,200}?\b(?:can['’]?t|cannot|unable|won['’]t|not able)\b|^i (?:can['’]?t|cannot|won['’]t|am unable to|am not able to) (?:help|assist|write|comply|do|create|provide)/i;

/** The model declined instead of writing: only its opening words count, so a letter saying "I can't wait" is not one. */
export function isRefusal(text: string): boolean {
  const start = text.trim().slice(0, 300);
  return start !== '' && REFUSAL.test(start);
}
