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

/**
 * "Fill cover letter here" was clicked: the panel of that window does the fill (the background
 * stays small: the PDF and DOCX writers live in the panel). Session storage.
 */
export const ApplyRequestSchema = v.object({
  id: v.string(),
  tabId: v.number(),
  windowId: v.optional(v.number()),
  frameId: v.optional(v.number()),
  editable: v.optional(v.boolean()),
  /** When the menu was clicked: a request the panel sees much later is not acted on. */
  at: v.number(),
});
export type ApplyRequest = v.InferOutput<typeof ApplyRequestSchema>;

export function parseApplyRequest(value: unknown): ApplyRequest | null {
  const parsed = v.safeParse(ApplyRequestSchema, value);
  return parsed.success ? parsed.output : null;
}
