import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { ResponseSchema, type Request } from '@/lib/messages';

/**
 * Asks the background to run a stored PENDING job. Returns null when it accepted, else a message
 * for the user. The job is stored either way: the background's watchdog picks it up later.
 */
export async function startJob(jobId: string): Promise<string | null> {
  const request: Request = { type: 'START_GENERATION_JOB', jobId };
  try {
    const reply = v.safeParse(ResponseSchema, await browser.runtime.sendMessage(request));
    if (reply.success && !reply.output.success) return `The job is saved but did not start: ${reply.output.error}`;
    return null;
  } catch (error) {
    return `The job is saved, but the background did not answer (${error instanceof Error ? error.message : String(error)}). It starts within a minute; reload the extension if it does not.`;
  }
}
