import * as v from 'valibot';

/**
 * Requests from the background to an open panel ("show this job's letter"), e.g. after a click on a
 * notification; stored in `panelRequestItem` (lib/settings.ts).
 */
export const PanelRequestSchema = v.object({
  id: v.string(),
  view: v.picklist(['letter', 'generate']),
  jobId: v.optional(v.string()),
});
export type PanelRequest = v.InferOutput<typeof PanelRequestSchema>;

export function parsePanelRequest(value: unknown): PanelRequest | null {
  const parsed = v.safeParse(PanelRequestSchema, value);
  return parsed.success ? parsed.output : null;
}
