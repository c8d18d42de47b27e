import * as v from 'valibot';
import { ApplicationStatusSchema } from './application';
import { IdSchema, stringUpTo, TEXT_LIMITS, TimestampSchema, TokenUsageSchema } from './common';
import { GenerationJobSchema, JobStatusSchema, JobStepSchema, LeaseSchema, type GenerationJob } from './job';

/**
 * What the jobs list, its filters and the scheduler's quick checks need of a job, and nothing
 * heavier: no profile or posting snapshot, no streamed text. One per job in its own object store
 * (`jobSummaries`), so listing a year of jobs reads a few hundred bytes per job, and a progress
 * write while a letter streams rewrites this (and the streamed text) instead of the whole job.
 *
 * Source of truth: the live fields a running job updates several times a second (progress,
 * currentStep, lease, usage) are the summary's; every other field is derived from the job record
 * by `summarizeJob` in the same transaction that writes it.
 */
export const JobSummarySchema = v.object({
  id: IdSchema,
  profileId: IdSchema,
  /** The posting's id: two jobs for one posting are versions of one application. */
  jobId: IdSchema,
  /** The posting's address: the background finds the job whose letter belongs on a page without reading every job whole. */
  postingUrl: stringUpTo(TEXT_LIMITS.url),
  /** The profile's name when the job was queued: the card and the filter show it even after the profile is deleted. */
  profileName: stringUpTo(TEXT_LIMITS.line),
  company: GenerationJobSchema.entries.company,
  position: GenerationJobSchema.entries.position,
  status: JobStatusSchema,
  progress: GenerationJobSchema.entries.progress,
  currentStep: JobStepSchema,
  createdAt: TimestampSchema,
  startedAt: v.nullable(TimestampSchema),
  completedAt: v.nullable(TimestampSchema),
  coverLetterId: v.nullable(IdSchema),
  error: v.nullable(stringUpTo(TEXT_LIMITS.message)),
  attempts: GenerationJobSchema.entries.attempts,
  /** The scheduling priority ("Generate next" raises it). */
  priority: v.pipe(v.number(), v.integer()),
  notBefore: v.nullable(TimestampSchema),
  waitReason: v.pipe(v.string(), v.maxLength(500)),
  autoRetry: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lease: v.nullable(LeaseSchema),
  usage: TokenUsageSchema,
  /** Where the application stands: the badge, the application filters and the "Applications" order. */
  application: v.object({ status: ApplicationStatusSchema, changedAt: v.nullable(TimestampSchema), remindAt: v.nullable(TimestampSchema) }),
  /** Characters of streamed text kept for the job (the text itself is in `jobStreams`); where the next piece starts. */
  streamedChars: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type JobSummary = v.InferOutput<typeof JobSummarySchema>;

/** The fields a progress write may change; everything else of a summary changes only with the job record. */
export type JobLiveFields = Pick<GenerationJob, 'progress' | 'currentStep' | 'lease' | 'usage' | 'streamedText'>;

/**
 * The posting's address without query or fragment: what page matching compares (host and path),
 * and it keeps tracking parameters out of the summary that every progress write rewrites.
 */
function postingAddress(url: string): string {
  try {
    const { protocol, origin, pathname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${origin}${pathname}`.slice(0, TEXT_LIMITS.url) : '';
  } catch {
    return '';
  }
}

/** The one derivation of a summary from a job: used by every save, the migration and backup import. */
export function summarizeJob(job: GenerationJob): JobSummary {
  return {
    id: job.id,
    profileId: job.profileId,
    jobId: job.jobId,
    postingUrl: postingAddress(job.job?.url ?? ''),
    profileName: (job.profile?.name ?? '').slice(0, TEXT_LIMITS.line),
    company: job.company,
    position: job.position,
    status: job.status,
    progress: job.progress,
    currentStep: job.currentStep,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    completedAt: job.completedAt,
    coverLetterId: job.coverLetterId,
    error: job.error,
    attempts: job.attempts,
    priority: job.config?.priority ?? 0,
    notBefore: job.notBefore ?? null,
    waitReason: job.waitReason ?? '',
    autoRetry: job.autoRetry ?? 0,
    lease: job.lease,
    usage: job.usage,
    application: { status: job.application?.status ?? 'Not applied', changedAt: job.application?.changedAt ?? null, remindAt: job.application?.remindAt ?? null },
    streamedChars: job.streamedText?.length ?? 0,
  };
}

/**
 * A piece of a job's streamed text, kept apart from the job: a progress write adds only the text
 * that arrived since the last one. Keyed [id, at]; the pieces in order of `at` are the text.
 */
export const JobStreamSchema = v.object({
  id: IdSchema,
  /** Where this piece starts in the job's text (characters). */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: stringUpTo(TEXT_LIMITS.stream),
});
export type JobStream = v.InferOutput<typeof JobStreamSchema>;
