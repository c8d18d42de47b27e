import * as v from 'valibot';
import { TimestampSchema } from './common';

/** Where the user stands with a job, in the order an application usually goes. */
export const APPLICATION_STATUSES = ['Not applied', 'Applied', 'Interview', 'Offer', 'Rejected', 'Withdrawn'] as const;
export const ApplicationStatusSchema = v.picklist(APPLICATION_STATUSES);
export type ApplicationStatus = v.InferOutput<typeof ApplicationStatusSchema>;

export const APPLICATION_NOTE_MAX = 10_000;

export const ApplicationChangeSchema = v.object({ status: ApplicationStatusSchema, at: TimestampSchema });
export type ApplicationChange = v.InferOutput<typeof ApplicationChangeSchema>;

export const ApplicationSchema = v.object({
  status: ApplicationStatusSchema,
  /** When the status last changed; null while it never has. */
  changedAt: v.nullable(TimestampSchema),
  /** Every change, oldest first, so the user can see when each step happened. */
  history: v.array(ApplicationChangeSchema),
  /** The user's own words (who they spoke to, what comes next). Not trimmed: it is theirs. */
  note: v.optional(v.pipe(v.string(), v.maxLength(APPLICATION_NOTE_MAX, `Keep notes under ${APPLICATION_NOTE_MAX.toLocaleString('en')} characters`)), ''),
  /** A follow-up reminder ("Remind me in N days"), or null. */
  remindAt: v.optional(v.nullable(TimestampSchema), null),
});
export type Application = v.InferOutput<typeof ApplicationSchema>;

export function notApplied(): Application {
  return { status: 'Not applied', changedAt: null, history: [], note: '', remindAt: null };
}
