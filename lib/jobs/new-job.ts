import * as v from 'valibot';
import {
  GenerationJobSchema,
  JobConfigSchema,
  newId,
  type GenerationJob,
  type JobConfig,
  type JobDetails,
  type UserProfile,
} from '../schema';

export interface NewJobInput {
  profile: UserProfile;
  job: JobDetails;
  config?: v.InferInput<typeof JobConfigSchema>;
  previousLetterId?: string | null;
}

/** A PENDING job with its own snapshot of the profile and the job details. */
export function createGenerationJob(input: NewJobInput, now = Date.now()): GenerationJob {
  const config: JobConfig = v.parse(JobConfigSchema, input.config ?? { instructions: {} });
  return v.parse(GenerationJobSchema, {
    id: newId(),
    profileId: input.profile.id,
    jobId: input.job.id,
    company: input.job.company,
    position: input.job.title,
    profile: input.profile,
    job: input.job,
    status: 'PENDING',
    config,
    createdAt: now,
    startedAt: null,
    completedAt: null,
    coverLetterId: null,
    previousLetterId: input.previousLetterId ?? null,
    error: null,
    progress: 0,
    currentStep: 'Queued',
    attempts: 0,
    history: [],
    streamedText: '',
    usage: { inputTokens: 0, outputTokens: 0 },
    lease: null,
  });
}

