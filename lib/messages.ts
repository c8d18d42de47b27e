import * as v from 'valibot';
import { IdSchema, JobConfigSchema, JobDetailsSchema, UserProfileSchema } from './schema';

/**
 * The message protocol between extension pages and the background. Every message is validated
 * here and its sender checked before anything acts on it.
 */
export const RequestSchema = v.variant('type', [
  /** Start (or continue) processing; the job is already stored as PENDING. */
  v.object({ type: v.literal('START_GENERATION_JOB'), jobId: IdSchema }),
  /** Store a new job and start it: for callers that have no database handle of their own. */
  v.object({
    type: v.literal('QUEUE_GENERATION_JOB'),
    profile: UserProfileSchema,
    job: JobDetailsSchema,
    config: v.optional(JobConfigSchema),
  }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;

export const ResponseSchema = v.union([
  v.object({ success: v.literal(true), jobId: IdSchema }),
  v.object({ success: v.literal(false), error: v.string() }),
]);
export type Response = v.InferOutput<typeof ResponseSchema>;

export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
}

/** Only this extension's own pages may drive jobs: never a content script or a web page. */
export function isTrustedSender(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? sender.origin ?? '';
  return url.startsWith(extensionOrigin);
}

export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const parsed = v.safeParse(RequestSchema, message);
  if (parsed.success) return { ok: true, request: parsed.output };
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return { ok: false, error: `Invalid message${where ? ` (${where})` : ''}: ${issue?.message ?? 'unknown shape'}` };
}
