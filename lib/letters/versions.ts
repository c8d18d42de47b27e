import { getLetter } from '../db';
import { LETTER_PARTS, type CoverLetter, type GenerationJob, type LetterContent, type LetterFinding, type LetterVersion } from '../schema';

/** What a finished generation tells about its versions: the letter, and the draft an automatic fix replaced. */
export interface GeneratedVersions {
  content: LetterContent;
  findings: LetterFinding[];
  autoFix?: { draft: LetterContent; draftFindings: LetterFinding[]; fixedCount: number } | null;
}

export function contentOf(letter: LetterContent): LetterContent {
  return { addressee: letter.addressee, opening: letter.opening, aboutMe: letter.aboutMe, whyMe: letter.whyMe, whyCompany: letter.whyCompany };
}

/** The letter as one text, for the diff: the addressee line, then the paragraphs. */
export function versionText(content: LetterContent): string {
  return [content.addressee, ...LETTER_PARTS.map((part) => content[part])].map((s) => s.trim()).filter(Boolean).join('\n\n');
}

/** A letter's versions; a letter stored before versions existed is its own version 1. */
export function versionsOf(letter: CoverLetter): LetterVersion[] {
  if (letter.versions.length > 0) return letter.versions;
  return [{ number: 1, createdAt: letter.editedAt ?? letter.generatedAt, why: 'first draft', content: contentOf(letter), findings: letter.findings }];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why a generated letter exists: the first draft, or a rewrite with the user's feedback. */
function generatedWhy(feedback: string, isFirst: boolean): string {
  const asked = feedback.trim();
  if (asked) return `feedback: ${asked.toLowerCase()}`;
  return isFirst ? 'first draft' : 'new version';
}

/**
 * The versions of a newly generated letter: the versions of the letter it replaces (a
 * regeneration continues the same application), the model's draft, and the fix when the runner
 * corrected it automatically.
 */
export function initialVersions(
  result: GeneratedVersions,
  options: { at: number; feedback?: string; previous?: CoverLetter | null },
): LetterVersion[] {
  const earlier = options.previous ? versionsOf(options.previous) : [];
  let number = (earlier[earlier.length - 1]?.number ?? 0) + 1;
  const why = generatedWhy(options.feedback ?? '', earlier.length === 0);
  const versions = [...earlier];
  if (result.autoFix) {
    versions.push({ number: number++, createdAt: options.at, why, content: contentOf(result.autoFix.draft), findings: result.autoFix.draftFindings });
    versions.push({ number: number++, createdAt: options.at, why: `fixed ${plural(result.autoFix.fixedCount, 'problem')}`, content: contentOf(result.content), findings: result.findings });
  } else {
    versions.push({ number: number++, createdAt: options.at, why, content: contentOf(result.content), findings: result.findings });
  }
  return versions;
}

/** For the runner: the versions of the letter a job produced, continuing the letter it regenerates. */
export async function versionsForJob(job: Pick<GenerationJob, 'previousLetterId' | 'config'>, result: GeneratedVersions, at: number): Promise<LetterVersion[]> {
  const previous = job.previousLetterId ? await getLetter(job.previousLetterId).catch(() => undefined) : undefined;
  return initialVersions(result, { at, feedback: job.config.feedback, previous });
}

/**
 * The letter after a saved edit. The first save of an editing session adds an "edited" version;
 * later saves of the same session update it, so typing a paragraph is one version, not fifty.
 */
export function recordEdit(
  letter: CoverLetter,
  content: LetterContent,
  at: number,
  sessionVersion: number | null,
): { letter: CoverLetter; version: number } {
  const versions = versionsOf(letter);
  const last = versions[versions.length - 1]!;
  if (sessionVersion !== null && last.number === sessionVersion && last.why === 'edited') {
    const updated = { ...last, createdAt: at, content: contentOf(content) };
    return { letter: { ...letter, ...contentOf(content), versions: [...versions.slice(0, -1), updated] }, version: last.number };
  }
  const added: LetterVersion = { number: last.number + 1, createdAt: at, why: 'edited', content: contentOf(content), findings: letter.findings };
  return { letter: { ...letter, ...contentOf(content), versions: [...versions, added] }, version: added.number };
}

/** Makes an earlier version current again, as a new version: nothing in between is lost. */
export function restoreVersion(letter: CoverLetter, number: number, at: number): CoverLetter {
  const versions = versionsOf(letter);
  const chosen = versions.find((v) => v.number === number);
  if (!chosen) throw new Error(`This letter has no version ${number}.`);
  const last = versions[versions.length - 1]!;
  const restored: LetterVersion = { number: last.number + 1, createdAt: at, why: `restored version ${number}`, content: contentOf(chosen.content), findings: chosen.findings };
  return { ...letter, ...contentOf(chosen.content), findings: chosen.findings, versions: [...versions, restored], editedAt: at };
}
