import { describe, expect, it, vi } from 'vitest';
import { getJob, saveJob, updateJob, watchChanges } from '../db';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { cancelJob, createGenerationJob } from './operations';
import { claimJobs, compareForScheduling, nextWakeAt } from './scheduler';
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

  it('puts the older of two equally urgent jobs first, whichever it is compared with', () => {
    const older = { id: 'z', priority: 0, createdAt: 1000 };
    const newer = { id: 'a', priority: 0, createdAt: 2000 };
    expect(compareForScheduling(older, newer)).toBeLessThan(0);
    expect(compareForScheduling(newer, older)).toBeGreaterThan(0);
    expect([newer, older].sort(compareForScheduling)).toEqual([older, newer]);
  });

  it('frees the slot at the very moment the lease lapses', async () => {
    await seed([{ company: 'A', createdAt: 1 }, { company: 'B', createdAt: 2 }]);
    await claimJobs('dead-runner', 1, 0);
    expect((await claimJobs('runner', 1, LEASE_MS)).map((j) => j.company)).toEqual(['B']);
  });

  it('does not let a job marked running without a lease block the queue', async () => {
    const [stuck] = await seed([{ company: 'Stuck', createdAt: 1 }, { company: 'Waiting', createdAt: 2 }]);
    await updateJob(stuck!.id, (j) => ({ ...j, status: 'IN_PROGRESS', lease: null }));
    expect((await claimJobs('runner', 1, 100)).map((j) => j.company)).toEqual(['Waiting']);
  });

  describe('when the worker must wake for a waiting job', () => {
    const wait = async (company: string, notBefore: number | null) => {
      const [job] = await seed([{ company, createdAt: 1 }]);
      await updateJob(job!.id, (j) => ({ ...j, notBefore }));
      return job!;
    };

    it('is the earliest time a waiting job may start', async () => {
      await wait('Later', 9_000);
      await wait('Sooner', 5_000);
      expect(await nextWakeAt(1_000)).toBe(5_000);
    });

    it('ignores jobs that may start already (now or earlier, or with no wait)', async () => {
      await wait('Ready', null);
      await wait('Was waiting', 500);
      await wait('Due now', 1_000);
      expect(await nextWakeAt(1_000)).toBeNull();
      await wait('Later', 7_000);
      expect(await nextWakeAt(1_000)).toBe(7_000);
    });

    it('comes with a claim, from the queue the claim read: the jobs it left waiting', async () => {
      await wait('Ready', null);
      await wait('Later', 9_000);
      await wait('Sooner', 5_000);
      const told: Array<{ claimed: string[]; wakeAt: number | null }> = [];
      await claimJobs('runner', 3, 1_000, new Set(), 0, (jobs, wakeAt) => told.push({ claimed: jobs.map((j) => j.company), wakeAt }));
      expect(told).toEqual([{ claimed: ['Ready'], wakeAt: 5_000 }]);
      await claimJobs('runner', 3, 6_000, new Set(), 0, (jobs, wakeAt) => told.push({ claimed: jobs.map((j) => j.company), wakeAt }));
      expect(told[1]).toEqual({ claimed: ['Sooner'], wakeAt: 9_000 });
      await claimJobs('runner', 3, 9_000, new Set(), 0, (jobs, wakeAt) => told.push({ claimed: jobs.map((j) => j.company), wakeAt }));
      expect(told[2]).toEqual({ claimed: ['Later'], wakeAt: null });
    });

    it('does not wake for a waiting job the user cancelled', async () => {
      const job = await wait('Cancelled', 5_000);
      await cancelJob(job.id);
      expect(await nextWakeAt(1_000)).toBeNull();
    });
  });
});
