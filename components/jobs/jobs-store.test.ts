// @vitest-environment jsdom
import { filterJobs, type StatusFilter } from '@/lib/ui/job-search';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withEffectRoot } from '../testing/effect-root.svelte';
import { getDatabase, JOB_STORES, jobStoresOf, putJobRecords, recordJobProgress, saveJob, saveProfile, updateJob } from '@/lib/db';
import { cancelJob, deleteJob } from '@/lib/jobs/operations';
import { jobWith, profile } from '../testing/fixtures';
import { FIRST_PAGE, JobsStore } from './jobs-store.svelte';
import { watchJob } from './watch-job.svelte';

let store: JobsStore;
let stop: () => void;
beforeEach(() => {
  store = new JobsStore();
});
afterEach(() => stop?.());

describe('JobsStore', () => {
  it('loads once, then follows changes by id without reloading everything', async () => {
    const older = { ...jobWith('PENDING'), id: 'a', createdAt: 1000 };
    await saveJob(older);
    stop = store.start();
    await vi.waitFor(() => expect(store.loaded).toBe(true));
    expect(store.jobs.map((j) => j.id)).toEqual(['a']);
    const before = store.jobs[0];

    const newer = { ...jobWith('PENDING'), id: 'b', createdAt: 2000 };
    await saveJob(newer);
    await vi.waitFor(() => expect(store.jobs.map((j) => j.id)).toEqual(['b', 'a']));
    expect(store.jobs[1]).toBe(before); // unchanged job keeps its identity

    await saveProfile(profile); // other stores' changes are ignored
    await cancelJob('b');
    await vi.waitFor(() => expect(store.byId.get('b')?.status).toBe('CANCELLED'));
    await deleteJob('b');
    await vi.waitFor(() => expect(store.jobs.map((j) => j.id)).toEqual(['a']));
  });

  it('holds summaries only, all of them newest first after the first page, and follows progress', async () => {
    const db = await getDatabase();
    const tx = db.transaction(JOB_STORES, 'readwrite');
    const count = FIRST_PAGE * 3 + 7;
    await Promise.all([
      ...Array.from({ length: count }, (_, i) => putJobRecords(jobStoresOf(tx), { ...jobWith('COMPLETED'), id: `job-${String(i).padStart(3, '0')}`, createdAt: 1000 + i })),
      tx.done,
    ]);
    await saveJob({ ...jobWith('IN_PROGRESS'), id: 'running', createdAt: 5000, company: 'Zürich Café', position: 'Barista' });
    // The older summaries in several reads after the first page (50 + 50 + 50 + 50 + 8).
    store = new JobsStore(FIRST_PAGE);
    stop = store.start();
    await vi.waitFor(() => expect(store.complete).toBe(true));
    expect(store.loaded).toBe(true);
    expect(store.jobs).toHaveLength(count + 1);
    expect(store.jobs[0]?.id).toBe('running');
    expect(store.jobs.at(-1)?.id).toBe('job-000');
    // A summary, not the job: no snapshots, no streamed text.
    expect(store.jobs[0]).not.toHaveProperty('profile');
    expect(store.jobs[0]).not.toHaveProperty('streamedText');

    const untouched = store.jobs[1];
    await recordJobProgress('running', () => ({ progress: 55, currentStep: 'Writing', streamedText: 'Dear' }));
    await vi.waitFor(() => expect(store.byId.get('running')?.progress).toBe(55));
    expect(store.jobs[1]).toBe(untouched);

    // The panel's "Search jobs" runs over the store's summaries.
    const search = (query: string, status: StatusFilter = '') => filterJobs(store.jobs, { query, status, profileId: '' });
    expect(search('zurich').map((j) => j.id)).toEqual(['running']);
    expect(search('CAFÉ barista', 'IN_PROGRESS').map((j) => j.id)).toEqual(['running']);
    expect(search('acme frontend', 'COMPLETED')).toHaveLength(count);
    expect(search('nobody')).toEqual([]);
  });
});

describe('watchJob', () => {
  it('holds the whole job, follows its streamed text and then its end', async () => {
    await saveJob({ ...jobWith('IN_PROGRESS'), id: 'w' });
    let watched!: ReturnType<typeof watchJob>;
    const cleanup = withEffectRoot(() => (watched = watchJob(() => 'w')));
    await vi.waitFor(() => expect(watched.job?.id).toBe('w'));
    expect(watched.job?.profile.name).toBe(profile.name);
    await recordJobProgress('w', () => ({ progress: 40, streamedText: 'Dear team', knownPrefix: 0 }));
    await vi.waitFor(() => expect(watched.job?.streamedText).toBe('Dear team'));
    expect(watched.job?.progress).toBe(40);
    await updateJob('w', (j) => ({ ...j, status: 'COMPLETED', streamedText: '', progress: 100 }));
    await vi.waitFor(() => expect(watched.job?.status).toBe('COMPLETED'));
    expect(watched.job?.streamedText).toBe('');
    await deleteJob('w');
    await vi.waitFor(() => expect(watched.job).toBeNull());
    expect(watched.loaded).toBe(true);
    cleanup();
  });
});
