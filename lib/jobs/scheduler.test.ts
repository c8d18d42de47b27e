import { describe, expect, it, vi } from 'vitest';
import { getJob, saveJob, watchChanges } from '../db';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { createGenerationJob } from './operations';
import { claimJobs } from './scheduler';
import { LEASE_MS } from './timing';

async function seed(specs: Array<{ company: string; createdAt: number; priority?: number }>) {
  const jobs = specs.map((s) =>
    createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: s.company }), config: { instructions: {}, priority: s.priority ?? 0 } }, s.createdAt),
  );
  for (const job of jobs) await saveJob(job);
  return jobs;
}

describe('scheduler', () => {
  it('claims by priority, then oldest first', async () => {
    await seed([
      { company: 'Newest', createdAt: 3000 },
      { company: 'Oldest', createdAt: 1000 },
      { company: 'Urgent', createdAt: 4000, priority: 5 },
      { company: 'Middle', createdAt: 2000 },
    ]);
    const claimed = await claimJobs('runner', 99, 10_000);
    expect(claimed.map((j) => j.company)).toEqual(['Urgent', 'Oldest', 'Middle', 'Newest']);
    expect(await claimJobs('other-runner', 99, 10_001)).toEqual([]);
  });

  it('claims in order up to the concurrency limit, counting jobs already running', async () => {
    await seed([
      { company: 'A', createdAt: 1 },
      { company: 'B', createdAt: 2 },
      { company: 'C', createdAt: 3 },
      { company: 'D', createdAt: 4, priority: 1 },
    ]);
    const first = await claimJobs('runner', 2, 100);
    expect(first.map((j) => j.company)).toEqual(['D', 'A']);
    expect(await claimJobs('runner', 2, 101)).toEqual([]);
    const third = await claimJobs('runner', 3, 102);
    expect(third.map((j) => j.company)).toEqual(['B']);
  });

  it('marks a claimed job IN_PROGRESS with a lease, a start time and a new attempt', async () => {
    const [job] = await seed([{ company: 'A', createdAt: 1 }]);
    await claimJobs('runner-a', 2, 5000);
    expect(await getJob(job!.id)).toMatchObject({
      status: 'IN_PROGRESS', startedAt: 5000, attempts: 1, currentStep: 'Preparing',
      lease: { owner: 'runner-a', expiresAt: 5000 + LEASE_MS },
      history: [{ startedAt: 5000, endedAt: null, outcome: 'running', error: null }],
    });
  });

  it('hands the claimed jobs over once the claim is committed and before it is announced', async () => {
    await seed([{ company: 'A', createdAt: 1 }, { company: 'B', createdAt: 2 }]);
    const announced: string[][] = [];
    const unwatch = watchChanges((changes) => announced.push(changes.flatMap((c) => ('ids' in c ? c.ids : []))));
    let handedOver: { companies: string[]; stored: (string | undefined)[]; announcedBefore: number } | null = null;
    const claimed = await claimJobs('runner', 1, 100, new Set(), 0, (jobs) => {
      handedOver = { companies: jobs.map((j) => j.company), stored: [], announcedBefore: announced.length };
      void Promise.all(jobs.map((j) => getJob(j.id))).then((stored) => (handedOver!.stored = stored.map((j) => j?.status)));
    });
    await vi.waitFor(() => expect(handedOver?.stored).toEqual(['IN_PROGRESS']));
    unwatch();
    expect(claimed.map((j) => j.company)).toEqual(['A']);
    expect(handedOver).toMatchObject({ companies: ['A'], announcedBefore: 0 });
    expect(announced).toEqual([[claimed[0]!.id]]);
  });

  it('never lets two runners claim the same job', async () => {
    await seed(Array.from({ length: 10 }, (_, i) => ({ company: `C${i}`, createdAt: i })));
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => claimJobs(`runner-${i}`, 10, 100)));
    const ids = claims.flat().map((j) => j.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });

  it('frees the slot of a job whose lease expired', async () => {
    await seed([{ company: 'A', createdAt: 1 }, { company: 'B', createdAt: 2 }]);
    await claimJobs('dead-runner', 1, 0);
    expect(await claimJobs('runner', 1, LEASE_MS - 1)).toEqual([]);
    expect((await claimJobs('runner', 1, LEASE_MS + 1)).map((j) => j.company)).toEqual(['B']);
  });
});
