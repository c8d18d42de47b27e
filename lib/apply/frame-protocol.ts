import * as v from 'valibot';

/**
 * What the background and the script in each frame (in-page.ts) send each other. Kept apart from
 * in-page.ts so the background does not bring the field finder and its word patterns along.
 */

export const FrameTargetSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  kind: v.picklist(['text', 'file']),
  label: v.string(),
  confidence: v.number(),
});
export type FrameTarget = v.InferOutput<typeof FrameTargetSchema>;

export const ScanResultSchema = v.object({
  url: v.string(),
  title: v.string(),
  /** The page's main heading: often the job title and company on an application page. */
  heading: v.string(),
  targets: v.array(FrameTargetSchema),
  /** The field the user right-clicked (it has focus), when it takes text. */
  focused: v.nullable(FrameTargetSchema),
});
export type ScanResult = v.InferOutput<typeof ScanResultSchema>;

export const FillPayloadSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
  // Optional too: Chrome drops null members of executeScript's arguments.
  file: v.optional(v.nullable(v.object({ name: v.string(), type: v.string(), base64: v.string() })), null),
});
export type FillPayload = v.InferOutput<typeof FillPayloadSchema>;

export const FillReplySchema = v.object({ filled: v.boolean(), label: v.string(), kind: v.picklist(['text', 'file']) });
export type FillReply = v.InferOutput<typeof FillReplySchema>;

export const FRAME_STATE_KEY = '__coverLetterStudioApply';
