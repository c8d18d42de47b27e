import * as v from 'valibot';
import { IdSchema } from './schema';

/**
 * The message protocol between extension pages and the background. Every message is validated
 * here and its sender checked before anything acts on it.
 */
export const RequestSchema = v.variant('type', [
  /** Start (or continue) processing; the job is already stored as PENDING. */
  v.object({ type: v.literal('START_GENERATION_JOB'), jobId: IdSchema }),
  /** "Generate for open tabs": which tabs of this window look like job postings. */
  v.object({ type: v.literal('FIND_JOB_TABS'), windowId: v.optional(v.number()) }),
  /** Queue one job per chosen tab, for the active profile. */
  v.object({ type: v.literal('QUEUE_FROM_TABS'), tabIds: v.pipe(v.array(v.number()), v.minLength(1), v.maxLength(50)) }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;

export const JobTabSchema = v.object({
  tabId: v.number(),
  title: v.string(),
  url: v.string(),
  company: v.nullable(v.string()),
  jobTitle: v.nullable(v.string()),
  looksLikeJob: v.boolean(),
  /** Why it can't be used, when it can't. */
  problem: v.nullable(v.string()),
});
export type JobTab = v.InferOutput<typeof JobTabSchema>;

export const TabQueueResultSchema = v.object({ tabId: v.number(), jobId: v.nullable(v.string()), message: v.nullable(v.string()) });
export type TabQueueResult = v.InferOutput<typeof TabQueueResultSchema>;

export const ResponseSchema = v.union([
  v.object({ success: v.literal(true), jobId: IdSchema }),
  v.object({ success: v.literal(true), tabs: v.array(JobTabSchema) }),
  v.object({ success: v.literal(true), results: v.array(TabQueueResultSchema) }),
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
