import type { ExtractionResult } from './result';

/**
 * At or above this confidence a captured job goes straight to the queue; below it the job form
 * opens pre-filled so the user can check it. Structured data with an employer clears it; the
 * Readability fallback never does.
 */
export const QUEUE_CONFIDENCE_THRESHOLD = 0.7;

export function shouldQueueImmediately(result: ExtractionResult): boolean {
  return result.found && result.company !== null && result.confidence >= QUEUE_CONFIDENCE_THRESHOLD;
}
