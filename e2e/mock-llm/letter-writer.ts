import { FIX_REQUEST_HEADING } from '../../lib/llm/fix-letter';
import type { PromptJob, PromptProfile } from '../../lib/llm/prompt';
import type { LetterFlaw } from './scenario';

/** What the mock knows about the candidate and the job, with wording for anything missing. */
export interface LetterFacts {
  name: string;
  company: string;
  title: string;
  location: string;
  employer: string | null;
  role: string | null;
  experienceDetail: string | null;
  project: string | null;
  projectDetail: string | null;
  skills: string[];
  postingFocus: string | null;
}

const MARKER = /\[\[mock:[^\]]*\]\]/gi;

/** The first `<tag>` block holding a JSON object: the system prompt may name the tag in prose before it. */
function readBlock(prompt: string, tag: string): Record<string, unknown> | null {
  for (const match of prompt.matchAll(new RegExp(`<${tag}>((?:(?!<${tag}>)[\\s\\S])*?)</${tag}>`, 'g'))) {
    try {
      const value: unknown = JSON.parse(match[1]!);
      if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
    } catch {
      // Prose, not data: keep looking.
    }
  }
  return null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(MARKER, '').replace(/\s+/g, ' ').trim() : '';
}

function firstSentence(value: string, maxWords: number): string | null {
  const sentence = value.split(/(?<=[.!?])\s/)[0]?.trim().replace(/[.!?]+$/, '') ?? '';
  if (!sentence) return null;
  const words = sentence.split(' ');
  return words.length > maxWords ? words.slice(0, maxWords).join(' ') : sentence;
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

/** Résumé lines usually start with a verb ("Led the …"): "I led the …" reads as a sentence. */
function firstPerson(detail: string): string {
  return /^I\b/.test(detail) ? detail : `I ${lowerFirst(detail)}`;
}

/** Reads the `<profile>` and `<job>` JSON blocks lib/llm puts in the prompt; tolerant of anything else. */
export function readFacts(prompt: string): LetterFacts {
  const profile = (readBlock(prompt, 'profile') ?? {}) as Partial<Record<keyof PromptProfile, unknown>>;
  const job = (readBlock(prompt, 'job') ?? {}) as Partial<Record<keyof PromptJob, unknown>>;
  const experience = Array.isArray(profile.experience) ? (profile.experience as Record<string, unknown>[]) : [];
  const projects = Array.isArray(profile.projects) ? (profile.projects as Record<string, unknown>[]) : [];
  const skills = Array.isArray(profile.skills) ? profile.skills.map(text).filter(Boolean) : [];
  const latest = experience[0];
  const project = projects[0];
  return {
    name: text(profile.name) || 'the candidate',
    company: text(job.company) || 'your company',
    title: text(job.title) || 'this role',
    location: text(job.location),
    employer: text(latest?.employer) || null,
    role: text(latest?.role) || null,
    experienceDetail: firstSentence(text(latest?.description), 25),
    project: text(project?.name) || null,
    projectDetail: firstSentence(text(project?.description), 25),
    skills: skills.slice(0, 4),
    postingFocus: firstSentence(text(job.description), 16),
  };
}

function listing(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Sentences for each part; the plain and tagged letters and every length are cut from these. */
function sentencesFor(f: LetterFacts): { opening: string[]; aboutMe: string[]; whyMe: string[]; whyCompany: string[] } {
  const skills = f.skills.length > 0 ? listing(f.skills) : 'the skills the posting lists';
  const where = f.location ? ` in ${f.location}` : '';
  return {
    opening: [
      `I would like to be considered for the ${f.title} position at ${f.company}${where}.`,
      f.employer && f.role
        ? `In my current work as ${f.role} at ${f.employer}, I use ${skills} every day, which is close to what this role asks for.`
        : `My background in ${skills} matches what this role asks for.`,
      `I have read the posting closely, and everything below is work I have actually done.`,
    ],
    aboutMe: [
      f.employer && f.role
        ? `In my role as ${f.role} at ${f.employer}, ${f.experienceDetail ? firstPerson(f.experienceDetail) : 'I own features from design to release'}.`
        : `Most of my recent work has been hands-on, from first design to release.`,
      f.project
        ? `Outside that role I built ${f.project}.${f.projectDetail ? ` ${f.projectDetail}.` : ''}`
        : `I keep my work documented and tested so that others can build on it.`,
      `Both taught me to break a vague problem into small steps, to ship each one and to measure whether it helped.`,
      `I write down decisions as I make them, which keeps reviews short and handovers painless.`,
    ],
    whyMe: [
      `The ${f.title} role needs someone comfortable with ${skills}, and that is the core of what I do.`,
      `I can read an unfamiliar codebase quickly, ask the questions that unblock a team and leave things clearer than I found them.`,
      `I work well with designers and product managers, and I explain trade-offs in plain words.`,
      `When something breaks I look for the cause, fix it and add the test that keeps it fixed.`,
    ],
    whyCompany: [
      f.postingFocus
        ? `What drew me to ${f.company} is the posting itself: "${f.postingFocus}".`
        : `What drew me to ${f.company} is the kind of work this team does.`,
      `That is the kind of problem I want to spend the next years on, with people who care about doing it well.`,
      `I would welcome the chance to talk about how I could contribute to ${f.company} as ${f.title}.`,
    ],
  };
}

const PART_SHARE = { opening: 0.2, aboutMe: 0.3, whyMe: 0.3, whyCompany: 0.2 } as const;
type Part = keyof typeof PART_SHARE;

export function wordCount(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}

/** Sentences up to `budget` words, cycling through the pool with a linking phrase when it runs out. */
function fill(pool: string[], budget: number): string {
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < budget; i++) {
    const base = pool[i % pool.length]!;
    const round = Math.floor(i / pool.length);
    const sentence = round === 0 ? base : `${['Again,', 'Put another way,', 'In practice,', 'Concretely,'][round % 4]} ${lowerFirst(base)}`;
    const remaining = budget - words;
    const sentenceWords = sentence.split(' ');
    out.push(sentenceWords.length <= remaining ? sentence : `${sentenceWords.slice(0, remaining).join(' ').replace(/[,;:]$/, '')}.`);
    words += Math.min(sentenceWords.length, remaining);
  }
  return out.join(' ');
}

export interface WrittenLetter {
  addressee: string;
  parts: Record<Part, string>;
}

/** A specific letter from the facts; `tokens` sets its length (≈ words), else the pools are used once. */
export function writeLetter(facts: LetterFacts, tokens?: number): WrittenLetter {
  const pools = sentencesFor(facts);
  const parts = {} as Record<Part, string>;
  for (const part of Object.keys(PART_SHARE) as Part[]) {
    parts[part] = tokens === undefined ? pools[part].join(' ') : fill(pools[part], Math.max(1, Math.round(tokens * PART_SHARE[part])));
  }
  return { addressee: `Hiring Team at ${facts.company}`, parts };
}

export function taggedText(letter: WrittenLetter): string {
  const p = letter.parts;
  return [
    `<addressee>${letter.addressee}</addressee>`,
    `<opening>${p.opening}</opening>`,
    `<about_me>${p.aboutMe}</about_me>`,
    `<why_me>${p.whyMe}</why_me>`,
    `<why_company>${p.whyCompany}</why_company>`,
  ].join('\n');
}

/** The reply of a model that ignores the format: greeting, paragraphs, sign-off. */
export function plainText(letter: WrittenLetter, facts: LetterFacts): string {
  const p = letter.parts;
  return `Dear ${letter.addressee},\n\n${p.opening}\n\n${p.aboutMe}\n\n${p.whyMe}\n\n${p.whyCompany}\n\nSincerely,\n${facts.name}`;
}

export const REFUSAL_TEXT = "I'm sorry, but I can't help with that.";

/** True for the automatic fix's corrective request: the mock then writes the letter without flaws. */
export function isFixRequest(prompt: string): boolean {
  return prompt.includes(FIX_REQUEST_HEADING);
}

/**
 * The sentence each flaw adds, written the way models get it wrong, so tests can prove the guard
 * finds it and the fix removes it.
 */
const FLAW_SENTENCES: Record<LetterFlaw, { part: Part; sentence: (f: LetterFacts) => string }> = {
  placeholder: { part: 'opening', sentence: () => 'I bring [number] years of experience to this role.' },
  number: { part: 'aboutMe', sentence: () => 'In my last role I increased revenue by 47% in a single year.' },
  company: { part: 'whyCompany', sentence: () => "Globex Corporation's mission resonates with me." },
  employer: { part: 'aboutMe', sentence: () => 'During my internship at Google I learned to ship at scale.' },
  credential: { part: 'whyMe', sentence: () => 'As a certified PMP with an MBA, I plan carefully.' },
  experience: { part: 'opening', sentence: () => 'I have 25 years of experience in this field.' },
  contact: { part: 'whyCompany', sentence: () => 'You can reach me at someone.else@mail.example.' },
  chatter: { part: 'whyCompany', sentence: () => "Let me know if you'd like me to make it more formal." },
};

/** The letter with the flaws asked for; each flaw's sentence joins its part. */
export function withFlaws(letter: WrittenLetter, facts: LetterFacts, flaws: readonly LetterFlaw[]): WrittenLetter {
  const parts = { ...letter.parts };
  for (const flaw of flaws) {
    const { part, sentence } = FLAW_SENTENCES[flaw];
    parts[part] = `${parts[part]} ${sentence(facts)}`;
  }
  return { ...letter, parts };
}
