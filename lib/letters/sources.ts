/**
 * Sources for each claim: which profile entry backs each sentence that says something about the
 * candidate, and which such sentences state a fact with nothing behind it. Pure and local: the
 * same reading of the letter as the guard (lib/llm/guard), no request to the model.
 */
import { containsName, coreCompany, degreeLevels, profileFacts } from '../llm/guard/evidence';
import { detectLanguage, fold, letterSentences, speaksAboutCandidate, type LetterField } from '../llm/guard/text';
import type { LetterContent, LetterFinding, UserProfile } from '../schema';

export type SourceKind = 'experience' | 'project' | 'skill' | 'education';

export interface ClaimSource {
  kind: SourceKind;
  /** What the user sees: "Senior Software Engineer at Analytical Engines Ltd", "Project: Note G". */
  label: string;
}

export interface SentenceSources {
  field: LetterField;
  sentence: string;
  sources: ClaimSource[];
  /** The sentence states a fact about the candidate that no profile entry backs. */
  unbacked: boolean;
  /** Guard findings quoted in this sentence (an invented number, employer…). */
  problems: LetterFinding[];
}

const INVENTED: ReadonlySet<LetterFinding['kind']> = new Set([
  'unsupported-number',
  'unsupported-employer',
  'unsupported-credential',
  'inflated-experience',
  'unsupported-contact',
]);

/** Words too common to tie a sentence to a description. */
const COMMON = new Set(
  'about after again also because before being between both could during each every first from have having into itself just more most other over same should some such than that their them then there these they this those through under until very what when where which while with within without would years your work team teams built build using used role'.split(' '),
);

function significant(text: string): Set<string> {
  return new Set((fold(text).match(/[a-z][a-z0-9+#-]{4,}/g) ?? []).filter((w) => !COMMON.has(w)));
}

const ACHIEVED = /\b(?:led|built|ran|wrote|shipped|managed|designed|created|launched|grew|cut|reduced|increased|migrated|won|founded|delivered|developed|implemented|introduced|trained|scaled|automated|saved|raised|doubled|tripled|halved)\b/i;
const INTENTION = /\b(?:would|will|could|'d|hope|want|look forward|eager|keen|excited to|würde|möchte|freue|aimerais|voudrais|souhaite|gustaría|quisiera|vorrei|zou|wil graag|gostaria|skulle|vill|vil gerne|haluaisin|chciałbym|chciałabym)\b/i;

/** Signs that a sentence states a fact (a figure, a name, something done) rather than an intention or a plain statement of interest. */
function statesFact(sentence: string, known: string[]): boolean {
  if (INTENTION.test(sentence)) return false;
  let rest = fold(sentence);
  for (const name of known) if (name.length >= 3) rest = rest.split(name).join(' ');
  const original = sentence.slice(1);
  const names = [...original.matchAll(/\s([\p{Lu}][\p{L}]+)/gu)].map((m) => fold(m[1]!)).filter((n) => rest.includes(n));
  return /\d/.test(sentence) || names.length > 0 || ACHIEVED.test(sentence);
}

interface Entry {
  source: ClaimSource;
  names: string[];
  words: Set<string>;
}

function entriesOf(profile: UserProfile): Entry[] {
  const entries: Entry[] = [];
  for (const e of profile.experience) {
    entries.push({
      source: { kind: 'experience', label: `${e.role} at ${e.employer}` },
      names: [fold(e.employer), fold(coreCompany(e.employer))],
      words: significant(`${e.role} ${e.description}`),
    });
  }
  for (const p of profile.projects) {
    entries.push({ source: { kind: 'project', label: `Project: ${p.name}` }, names: [fold(p.name)], words: significant(p.description) });
  }
  for (const e of profile.education) {
    entries.push({
      source: { kind: 'education', label: [e.degree, e.institution].filter(Boolean).join(', ') },
      names: [fold(e.institution), ...(e.degree ? [fold(e.degree)] : [])],
      words: new Set(),
    });
  }
  for (const skill of profile.skills) entries.push({ source: { kind: 'skill', label: `Skill: ${skill}` }, names: [fold(skill)], words: new Set() });
  return entries;
}

/**
 * Each sentence of the letter that speaks about the candidate, with the profile entries behind it.
 * `findings` (from `checkLetter`) mark sentences whose facts the guard could not find in the profile.
 */
export function letterSources(content: LetterContent, profile: UserProfile, findings: LetterFinding[] = [], posting: { company?: string; title?: string; location?: string } = {}): SentenceSources[] {
  const body: LetterContent = { ...content, addressee: '' };
  const language = detectLanguage([content.opening, content.aboutMe, content.whyMe, content.whyCompany].join('\n'));
  const entries = entriesOf(profile);
  const educationLevels = degreeLevels(profile.education.map((e) => e.degree).join('\n'));
  const allFacts = fold(profileFacts(profile).join('\n'));
  // Naming the company or the position applied for is not a claim about the candidate.
  const known = [posting.company, posting.title, posting.location, ...(posting.title ?? '').split(/[,()/]/)]
    .filter((s): s is string => !!s && s.trim() !== '')
    .map((s) => fold(s.trim()));
  const out: SentenceSources[] = [];
  for (const { field, text } of letterSentences(body)) {
    const folded = fold(text);
    const about = speaksAboutCandidate(text, language);
    const sources: ClaimSource[] = [];
    for (const entry of entries) {
      const named = entry.names.some((name) => name.length >= 2 && containsName(folded, name));
      if (named) sources.push(entry.source);
    }
    // A degree named by its level ("my master's degree") is backed by the education entry with that level.
    const levels = degreeLevels(text);
    if (levels.size > 0 && [...levels].some((l) => educationLevels.has(l))) {
      for (const entry of entries) if (entry.source.kind === 'education' && !sources.includes(entry.source)) sources.push(entry.source);
    }
    if (sources.every((s) => s.kind === 'skill') && about) {
      // No employer or project named: the description that shares the most words, if it shares enough.
      const words = significant(text);
      let best: Entry | null = null;
      let bestShared = 0;
      for (const entry of entries) {
        let shared = 0;
        for (const w of words) if (entry.words.has(w)) shared++;
        if (shared > bestShared) {
          best = entry;
          bestShared = shared;
        }
      }
      if (best && bestShared >= 2 && !sources.includes(best.source)) sources.unshift(best.source);
    }
    const problems = findings.filter((f) => INVENTED.has(f.kind) && f.quote && text.includes(f.quote));
    if (!about && sources.length === 0 && problems.length === 0) continue;
    const unbacked = problems.length > 0 || (about && sources.length === 0 && statesFact(text, known) && !allFacts.includes(folded));
    out.push({ field, sentence: text, sources, unbacked, problems });
  }
  return out;
}
