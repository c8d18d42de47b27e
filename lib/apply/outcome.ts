import * as v from 'valibot';
import { ApplicationSchema } from '../schema';

/** What "Fill on page" / "Fill cover letter here" did, for the panel to show. */
export const FillOutcomeSchema = v.variant('kind', [
  v.object({
    kind: v.literal('filled'),
    jobId: v.string(),
    company: v.string(),
    position: v.string(),
    /** The field's name on the page ("Cover Letter"). */
    label: v.string(),
    field: v.picklist(['text', 'file']),
    fileName: v.nullable(v.string()),
    /** The application before it became "Applied": what Undo restores. */
    previous: ApplicationSchema,
    warnings: v.array(v.string()),
  }),
  /** No job matches the page: the user picks one of these letters. */
  v.object({
    kind: v.literal('choose'),
    tabId: v.number(),
    candidates: v.array(v.object({ jobId: v.string(), company: v.string(), position: v.string(), completedAt: v.nullable(v.number()) })),
  }),
  v.object({ kind: v.literal('problem'), message: v.string(), jobId: v.nullable(v.string()) }),
]);
export type FillOutcome = v.InferOutput<typeof FillOutcomeSchema>;

/** The latest outcome of a context-menu fill, shown by the panel (session storage). */
export const ApplyNoticeSchema = v.object({ id: v.string(), outcome: FillOutcomeSchema });
export type ApplyNotice = v.InferOutput<typeof ApplyNoticeSchema>;

export function parseApplyNotice(value: unknown): ApplyNotice | null {
  const parsed = v.safeParse(ApplyNoticeSchema, value);
  return parsed.success ? parsed.output : null;
}
