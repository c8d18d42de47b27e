import * as v from 'valibot';
import { IdSchema, TextSchema, TimestampSchema, TokenUsageSchema } from './common';

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
  message: v.string(),
  /** The exact words of the letter the finding is about (absent for whole-letter findings and older records). */
  quote: v.optional(v.string()),
});
export type LetterFinding = v.InferOutput<typeof LetterFindingSchema>;

export const CoverLetterSchema = v.object({
  id: IdSchema,
  jobId: IdSchema,
  profileId: IdSchema,
  company: TextSchema,
  position: TextSchema,
  addressee: TextSchema,
  opening: TextSchema,
  aboutMe: TextSchema,
  whyMe: TextSchema,
  whyCompany: TextSchema,
  model: v.string(),
  usage: TokenUsageSchema,
  findings: v.optional(v.array(LetterFindingSchema), []),
  /** Parts the user changed after generation. */
  editedParts: v.optional(v.array(v.picklist([...LETTER_PARTS, 'addressee'])), []),
  generatedAt: TimestampSchema,
  editedAt: v.optional(v.nullable(TimestampSchema), null),
});
export type CoverLetter = v.InferOutput<typeof CoverLetterSchema>;

/** The letter's content without bookkeeping: what the model produces. */
export const LetterContentSchema = v.object({
  addressee: v.string(),
  opening: v.string(),
  aboutMe: v.string(),
  whyMe: v.string(),
  whyCompany: v.string(),
});
export type LetterContent = v.InferOutput<typeof LetterContentSchema>;
