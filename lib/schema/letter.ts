import * as v from 'valibot';
import { IdSchema, stringUpTo, TEXT_LIMITS, TextSchema, TimestampSchema, TokenUsageSchema } from './common';

/** The four parts of a letter, in reading order. */
export const LETTER_PARTS = ['opening', 'aboutMe', 'whyMe', 'whyCompany'] as const;
export type LetterPart = (typeof LETTER_PARTS)[number];

export const LETTER_PART_LABELS: Record<LetterPart, string> = {
  opening: 'Opening',
  aboutMe: 'About me',
  whyMe: 'Why me',
  whyCompany: 'Why this company',
};

/** What the guard can find. `preamble` covers all model chatter and refusals inside the letter (the name predates that). */
export const LETTER_FINDING_KINDS = [
  'placeholder',
  'wrong-company',
  'preamble',
  'too-long',
  'cliche',
  'missing-company',
  'missing-part',
  'unsupported-number',
  'unsupported-employer',
  'unsupported-credential',
  'inflated-experience',
  'unsupported-contact',
] as const;
export type LetterFindingKind = (typeof LETTER_FINDING_KINDS)[number];

/** Something the post-generation check noticed and the user should see. */
export const LetterFindingSchema = v.object({
  kind: v.picklist(LETTER_FINDING_KINDS),
  message: stringUpTo(TEXT_LIMITS.message),
  /** The exact words of the letter the finding is about (absent for whole-letter findings and older records). */
  quote: v.optional(stringUpTo(TEXT_LIMITS.message)),
});
export type LetterFinding = v.InferOutput<typeof LetterFindingSchema>;

/** The letter's content without bookkeeping: what the model produces. */
export const LetterContentSchema = v.object({
  addressee: stringUpTo(TEXT_LIMITS.section),
  opening: stringUpTo(TEXT_LIMITS.section),
  aboutMe: stringUpTo(TEXT_LIMITS.section),
  whyMe: stringUpTo(TEXT_LIMITS.section),
  whyCompany: stringUpTo(TEXT_LIMITS.section),
});
export type LetterContent = v.InferOutput<typeof LetterContentSchema>;

/**
 * One version of an application's letter: a draft, an automatic fix, a regeneration, a saved
 * edit or a restore. Versions are numbered from 1 and never rewritten, except that the edits of
 * one editing session update the version that session started.
 */
export const LetterVersionSchema = v.object({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: TimestampSchema,
  /** Why it exists, as the list shows it: "first draft", "fixed 2 problems", "feedback: shorter", "edited". */
  why: v.pipe(v.string(), v.maxLength(1200)),
  content: LetterContentSchema,
  findings: v.optional(v.array(LetterFindingSchema), []),
});
export type LetterVersion = v.InferOutput<typeof LetterVersionSchema>;

export const CoverLetterSchema = v.object({
  id: IdSchema,
  jobId: IdSchema,
  profileId: IdSchema,
  company: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.line)),
  position: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.line)),
  addressee: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.section)),
  opening: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.section)),
  aboutMe: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.section)),
  whyMe: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.section)),
  whyCompany: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.section)),
  model: stringUpTo(TEXT_LIMITS.short),
  usage: TokenUsageSchema,
  findings: v.optional(v.array(LetterFindingSchema), []),
  /** Parts the user changed after generation. */
  // A union, not a picklist of [...LETTER_PARTS, 'addressee']: a spread at module level counts as a side
  // effect for the bundler, which then keeps this module in the panel's first chunk (issue 10).
  editedParts: v.optional(v.array(v.union([v.picklist(LETTER_PARTS), v.literal('addressee')])), []),
  generatedAt: TimestampSchema,
  editedAt: v.optional(v.nullable(TimestampSchema), null),
  /** The letter's language (a code from lib/letters/language.ts): greeting, sign-off and exports follow it. */
  language: v.optional(v.pipe(v.string(), v.maxLength(35)), 'en'),
  /** Every version of this application, oldest first; the last one is the content above. */
  versions: v.optional(v.array(LetterVersionSchema), []),
});
export type CoverLetter = v.InferOutput<typeof CoverLetterSchema>;
