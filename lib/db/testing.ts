/** Helpers shared by the lib/db tests. */
import { createGenerationJob } from '../jobs/operations';
import type { GenerationJob, JobStatus } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { listJobSummaries, type JobCursor } from './jobs-repository';
import { watchChanges, type Change } from './changes';

/** A job of company "Co <id>" with a fixed id, creation time, status and profile. */
export function job(id: string, createdAt: number, status: JobStatus = 'COMPLETED', profileId = 'p1'): GenerationJob {
  return { ...createGenerationJob({ profile: sampleProfile({ id: profileId }), job: sampleJobDetails({ company: `Co ${id}` }) }, createdAt), id, status };
}

/** The ids of every page of a summary query, following `next` to the end. */
export async function allPages(query: { limit: number; status?: JobStatus; profileId?: string }): Promise<string[][]> {
  const pages: string[][] = [];
  let after: JobCursor | null = null;
  do {
    const page = await listJobSummaries({ ...query, after });
    pages.push(page.items.map((s) => s.id));
    after = page.next;
  } while (after);
  return pages;
}

/** Everything announced while `run` runs. */
export async function announcedDuring(run: () => Promise<unknown>): Promise<Change[][]> {
  const seen: Change[][] = [];
  const unwatch = watchChanges((changes) => seen.push(changes));
  try {
    await run();
  } finally {
    unwatch();
  }
  return seen;
}
