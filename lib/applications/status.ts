import * as v from 'valibot';
import { updateJob } from '../db';
import { APPLICATION_NOTE_MAX, ApplicationSchema, type Application, type ApplicationStatus, type GenerationJob } from '../schema';

/** The job's application with a new status, the change dated. Same status: unchanged. */
export function withStatus(application: Application, status: ApplicationStatus, now: number): Application {
  if (application.status === status) return application;
  return {
    ...application,
    status,
    changedAt: now,
    history: [...application.history, { status, at: now }],
    // A reminder to follow up belongs to "Applied"; moving on (or back) ends it.
    remindAt: status === 'Applied' ? application.remindAt : null,
  };
}

export function setApplicationStatus(jobId: string, status: ApplicationStatus, now = Date.now()): Promise<GenerationJob> {
  return updateJob(jobId, (job) => ({ ...job, application: withStatus(job.application, status, now) }));
}

/**
 * Marks the job "Applied" after its letter went into a form, and returns what it was before so
 * the confirmation can undo exactly this change.
 */
export async function markApplied(jobId: string, now = Date.now()): Promise<{ job: GenerationJob; previous: Application }> {
  let previous: Application | null = null;
  const job = await updateJob(jobId, (current) => {
    previous = current.application;
    return { ...current, application: withStatus(current.application, 'Applied', now) };
  });
  return { job, previous: previous! };
}

/** Puts back the application as it was before `markApplied` (the Undo in the confirmation). */
export function restoreApplication(jobId: string, previous: Application): Promise<GenerationJob> {
  const valid = v.parse(ApplicationSchema, previous);
  // Keep a note written since: undo is about the status, never about the user's words.
  return updateJob(jobId, (job) => ({ ...job, application: { ...valid, note: job.application.note } }));
}

export async function setApplicationNote(jobId: string, note: string): Promise<GenerationJob> {
  if (note.length > APPLICATION_NOTE_MAX) throw new Error(`Notes can be at most ${APPLICATION_NOTE_MAX.toLocaleString('en')} characters; this one has ${note.length.toLocaleString('en')}. Shorten it, then save again.`);
  return updateJob(jobId, (job) => ({ ...job, application: { ...job.application, note } }));
}

export function setReminder(jobId: string, remindAt: number | null): Promise<GenerationJob> {
  return updateJob(jobId, (job) => ({ ...job, application: { ...job.application, remindAt } }));
}

type Summarised = Pick<GenerationJob, 'id' | 'createdAt'> & { application: Pick<Application, 'status' | 'changedAt'> };

/** Counts per status and the jobs newest change first: the "Applications" view (whole jobs or their summaries). */
export function summarise<T extends Summarised>(jobs: T[]): { counts: Record<ApplicationStatus, number>; byLastChange: T[] } {
  const counts = { 'Not applied': 0, Applied: 0, Interview: 0, Offer: 0, Rejected: 0, Withdrawn: 0 } satisfies Record<ApplicationStatus, number>;
  for (const job of jobs) counts[job.application.status]++;
  const byLastChange = [...jobs].sort(
    (a, b) => (b.application.changedAt ?? b.createdAt) - (a.application.changedAt ?? a.createdAt) || b.id.localeCompare(a.id),
  );
  return { counts, byLastChange };
}
