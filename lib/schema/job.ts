import * as v from 'valibot';
import { ApplicationSchema, notApplied } from './application';
import { IdSchema, stringUpTo, TEXT_LIMITS, TextSchema, TimestampSchema, TokenUsageSchema } from './common';
import { JobDetailsSchema, JOB_LIMITS } from './job-details';
import { UserProfileSchema } from './profile';
import { LETTER_LANGUAGE_CHOICES } from '../letters/language';

/** How long the letter should be; the words each means are in lib/llm/prompt.ts. */
export const LETTER_LENGTHS = ['short', 'standard', 'long'] as const;
export type LetterLength = (typeof LETTER_LENGTHS)[number];
export const LETTER_TONES = ['formal', 'warm', 'direct'] as const;
export type LetterTone = (typeof LETTER_TONES)[number];

/** PAUSED: waiting for the user to press Start (jobs that arrive from a backup), never claimed by the scheduler. */
export const JOB_STATUSES = ['PENDING', 'PAUSED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export const JobStatusSchema = v.picklist(JOB_STATUSES);
export type JobStatus = v.InferOutput<typeof JobStatusSchema>;

/** Finished jobs: nothing runs them any more; they can be deleted. */
export const FINISHED_STATUSES: readonly JobStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

export const JOB_STEPS = ['Queued', 'Preparing', 'Waiting for Claude', 'Writing', 'Checking', 'Fixing', 'Saving', 'Done'] as const;
export const JobStepSchema = v.picklist(JOB_STEPS);
export type JobStep = v.InferOutput<typeof JobStepSchema>;

const InstructionSchema = v.optional(v.pipe(TextSchema, v.maxLength(JOB_LIMITS.instructions)), '');

export const JobInstructionsSchema = v.object({
  overall: InstructionSchema,
  opening: InstructionSchema,
  aboutMe: InstructionSchema,
  whyMe: InstructionSchema,
  whyCompany: InstructionSchema,
});
export type JobInstructions = v.InferOutput<typeof JobInstructionsSchema>;

export const JobConfigSchema = v.object({
  instructions: JobInstructionsSchema,
  /** Empty means: the model in Settings when the job runs. */
  model: v.optional(stringUpTo(TEXT_LIMITS.short), ''),
  maxTokens: v.optional(v.pipe(v.number(), v.integer(), v.minValue(256), v.maxValue(16_000)), 2048),
  /** Higher runs first. "Generate next" raises it above every pending job. */
  priority: v.optional(v.pipe(v.number(), v.integer()), 0),
  /** Feedback for a regeneration ("shorter", "more formal"). */
  feedback: v.optional(v.pipe(TextSchema, v.maxLength(JOB_LIMITS.instructions)), ''),
  /** "auto": the posting's language. */
  letterLanguage: v.optional(v.picklist(LETTER_LANGUAGE_CHOICES), 'auto'),
  length: v.optional(v.picklist(LETTER_LENGTHS), 'standard'),
  tone: v.optional(v.picklist(LETTER_TONES), 'formal'),
});
export type JobConfig = v.InferOutput<typeof JobConfigSchema>;

/** Who is processing an IN_PROGRESS job, and until when that claim holds without a heartbeat. */
export const LeaseSchema = v.object({
  owner: stringUpTo(TEXT_LIMITS.id),
  /** New for every claim: a run may write only while the record still carries its own token. */
  token: v.optional(stringUpTo(TEXT_LIMITS.id), ''),
  expiresAt: TimestampSchema,
});
export type Lease = v.InferOutput<typeof LeaseSchema>;

/** One run of a job, kept when the job is retried or recovered. */
export const AttemptSchema = v.object({
  startedAt: TimestampSchema,
  endedAt: v.nullable(TimestampSchema),
  /**
   * rescheduled: the server asked for a long wait (rate limit); the job waits in the queue for its time.
   * retrying: a transient failure; the job went back to the queue to be tried again by itself.
   */
  outcome: v.picklist(['running', 'completed', 'failed', 'cancelled', 'interrupted', 'rescheduled', 'retrying']),
  error: v.nullable(stringUpTo(TEXT_LIMITS.message)),
  /** A retried attempt that had part of the letter already: continued from it (prefill) or started over. */
  continuation: v.optional(v.nullable(v.picklist(['continued', 'started over'])), null),
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const GenerationJobSchema = v.object({
  id: IdSchema,
  profileId: IdSchema,
  jobId: IdSchema,
  company: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.line)),
  position: v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.line)),
  /** Snapshots: the job runs with the inputs as they were when it was queued. */
  profile: UserProfileSchema,
  job: JobDetailsSchema,
  status: JobStatusSchema,
  config: JobConfigSchema,
  createdAt: TimestampSchema,
  startedAt: v.nullable(TimestampSchema),
  completedAt: v.nullable(TimestampSchema),
  coverLetterId: v.nullable(IdSchema),
  /** The letter this job regenerates, kept as it was. */
  previousLetterId: v.optional(v.nullable(IdSchema), null),
  error: v.nullable(stringUpTo(TEXT_LIMITS.message)),
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  currentStep: JobStepSchema,
  /** Runs started so far, this one included. */
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  history: v.array(AttemptSchema),
  streamedText: stringUpTo(TEXT_LIMITS.stream),
  usage: TokenUsageSchema,
  lease: v.nullable(LeaseSchema),
  /** A PENDING job is not started before this time (a rate limit's retry-after). */
  notBefore: v.optional(v.nullable(TimestampSchema), null),
  /** Why it waits ("rate limit", or the transient error), shown with the time of the next try. */
  waitReason: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
  /** Which automatic retry the waiting job is on (1…MAX_AUTO_RETRIES); 0 when it is not an automatic retry. */
  autoRetry: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** The application this letter is for: status, dates, the user's note (v3). */
  application: v.optional(ApplicationSchema, notApplied),
});
export type GenerationJob = v.InferOutput<typeof GenerationJobSchema>;
