import { browser } from 'wxt/browser';
import * as v from 'valibot';
import type { Request } from '@/lib/messages';
import { messageSchemas } from '@/lib/ui/lazy';

/**
 * Asks the background to run a stored PENDING job. Returns null when it accepted, else a message
 * for the user. The job is stored either way: the background's watchdog picks it up later.
 */
export async function startJob(jobId: string): Promise<string | null> {
  const request: Request = { type: 'START_GENERATION_JOB', jobId };
  try {
    // The message schemas load with the first request, not with the panel.
    const [{ ResponseSchema }, answer] = await Promise.all([messageSchemas(), browser.runtime.sendMessage(request)]);
    const reply = v.safeParse(ResponseSchema, answer);
    if (reply.success && !reply.output.success) return `The job is saved but did not start: ${reply.output.error}`;
    return null;
  } catch (error) {
    return `The job is saved, but the background did not answer (${error instanceof Error ? error.message : String(error)}). It starts within a minute; reload the extension if it does not.`;
  }
}
