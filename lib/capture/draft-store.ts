import * as v from 'valibot';
import { captureNoticeItem } from '../settings';
import { CaptureDraftSchema, type CaptureDraft } from './decide';

/**
 * A capture that needs the user: the panel shows the form pre-filled with `draft` and `message`.
 * Session storage: it is gone when the browser closes, and content scripts cannot read it.
 */
export const CaptureNoticeSchema = v.object({
  id: v.string(),
  at: v.number(),
  message: v.string(),
  draft: v.nullable(CaptureDraftSchema),
  /** A job that was queued from the page: the panel scrolls to it. */
  queuedJobId: v.nullable(v.string()),
});
export type CaptureNotice = v.InferOutput<typeof CaptureNoticeSchema>;

export async function publishCaptureNotice(message: string, draft: CaptureDraft | null, queuedJobId: string | null = null): Promise<CaptureNotice> {
  const notice: CaptureNotice = { id: crypto.randomUUID(), at: Date.now(), message, draft, queuedJobId };
  await captureNoticeItem.setValue(notice);
  return notice;
}

export function parseCaptureNotice(value: unknown): CaptureNotice | null {
  const parsed = v.safeParse(CaptureNoticeSchema, value);
  return parsed.success ? parsed.output : null;
}
