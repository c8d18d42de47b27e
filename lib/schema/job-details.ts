import * as v from 'valibot';
import { IdSchema, OptionalTextSchema, TEXT_LIMITS, TextSchema, TimestampSchema } from './common';

export const JOB_LIMITS = {
  company: 200,
  title: 200,
  descriptionMin: 30,
  /** Enough for the longest real postings; longer text is cut at capture with a note. */
  descriptionMax: 20_000,
  instructions: 1000,
} as const;

/** How the job details reached us. */
export const JobSourceSchema = v.picklist(['manual', 'page', 'selection', 'import']);
export type JobSource = v.InferOutput<typeof JobSourceSchema>;

export const JobDetailsSchema = v.object({
  id: IdSchema,
  company: v.pipe(TextSchema, v.nonEmpty('Add the company'), v.maxLength(JOB_LIMITS.company)),
  title: v.pipe(TextSchema, v.nonEmpty('Add the position'), v.maxLength(JOB_LIMITS.title)),
  description: v.pipe(
    TextSchema,
    v.minLength(JOB_LIMITS.descriptionMin, `Paste the job description (at least ${JOB_LIMITS.descriptionMin} characters)`),
    v.maxLength(JOB_LIMITS.descriptionMax, `The job description is too long: keep it under ${JOB_LIMITS.descriptionMax.toLocaleString('en')} characters`),
  ),
  location: OptionalTextSchema,
  url: v.optional(v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.url)), ''),
  source: JobSourceSchema,
  capturedAt: TimestampSchema,
  language: v.optional(v.pipe(v.string(), v.maxLength(35)), ''),
});
export type JobDetails = v.InferOutput<typeof JobDetailsSchema>;
