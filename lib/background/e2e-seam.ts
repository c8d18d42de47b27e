import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { saveJob } from '../db';
import type { JobEngine } from '../jobs/engine';
import { createGenerationJob } from '../jobs/new-job';
import { JobConfigSchema, JobDetailsSchema, UserProfileSchema } from '../schema';
import { fillTab, requestFill, type FillRequest } from './apply-service';
import { captureTab } from './capture-service';
import { startNewWork } from './job-service';

const QueueInputSchema = v.object({ profile: UserProfileSchema, job: JobDetailsSchema, config: v.optional(JobConfigSchema) });

/**
 * Only in `wxt build --mode e2e` (never in the store build): lets Playwright call the very handler
 * the context menu and the shortcut call, since it cannot click native menus or press
 * extension shortcuts.
 */
export function exposeE2eSeam(engine: JobEngine): void {
  // Firefox's WebDriver BiDi may not navigate to extension pages, but it can drive one that is open.
  if (import.meta.env.FIREFOX) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  (globalThis as Record<string, unknown>).__coverLetterStudioE2E = {
    captureTab: async (tabId: number, selectionText?: string) => captureTab(engine, await browser.tabs.get(tabId), selectionText),
    /** Stores a job and starts it, as the panel's form does: specs and benchmarks queue many without typing. */
    queueJob: async (input: unknown) => {
      const job = createGenerationJob(v.parse(QueueInputSchema, input));
      await saveJob(job);
      void startNewWork(engine);
      return job.id;
    },
    // The handler behind "Fill cover letter here" and "Fill on page".
    fillTab: (request: FillRequest) => fillTab(request),
    // What the context-menu click does (the panel is open already, as a tab).
    requestFill: async (tabId: number, info: { frameId?: number; editable?: boolean } = {}) =>
      requestFill(await browser.tabs.get(tabId), info, Promise.resolve(true)),
  };
}
