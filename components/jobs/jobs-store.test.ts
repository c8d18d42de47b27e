// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveJob, saveProfile } from '@/lib/db';
import { cancelJob, deleteJob } from '@/lib/jobs/operations';
import { jobWith, profile } from '../testing/fixtures';
import { JobsStore } from './jobs-store.svelte';

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
});
