import { describe, expect, it } from 'vitest';
import { createGenerationJob } from '../jobs/operations';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { deleteJobRecord, getDatabase, getJob, listJobs, saveJob, updateJob, watchChanges, type Change } from '.';

function jobAt(createdAt: number, profileId = 'profile-ada') {
  return { ...createGenerationJob({ profile: sampleProfile({ id: profileId }), job: sampleJobDetails() }, createdAt) };
}

describe('job repository', () => {
  it('saves, loads and deletes a job', async () => {
    const job = jobAt(1000);
    await saveJob(job);
    expect(await getJob(job.id)).toEqual(job);
    await deleteJobRecord(job.id);
    expect(await getJob(job.id)).toBeUndefined();
  });

  it('lists newest first, optionally for one profile', async () => {
    const a = jobAt(1000, 'p1');
    const b = jobAt(3000, 'p2');
    const c = jobAt(2000, 'p1');
    for (const j of [a, b, c]) await saveJob(j);
    expect((await listJobs()).map((j) => j.id)).toEqual([b.id, c.id, a.id]);
    expect((await listJobs({ profileId: 'p1' })).map((j) => j.id)).toEqual([c.id, a.id]);
    expect((await listJobs({ status: 'PENDING', profileId: 'p2' })).map((j) => j.id)).toEqual([b.id]);
  });

  it('announces each committed write to every watcher', async () => {
    const seen: Change[][] = [];
    const unwatch = watchChanges((changes) => seen.push(changes));
    const job = jobAt(1000);
    await saveJob(job);
    await updateJob(job.id, (j) => ({ ...j, progress: 50 }));
    await deleteJobRecord(job.id);
    unwatch();
    expect(seen).toEqual([
      [{ store: 'jobs', ids: [job.id], op: 'put' }],
      [{ store: 'jobs', ids: [job.id], op: 'put' }],
      [{ store: 'jobs', ids: [job.id], op: 'delete' }],
    ]);
  });

  it('leaves the record untouched and announces nothing when an update throws', async () => {
    const job = jobAt(1000);
    await saveJob(job);
    const seen: Change[][] = [];
    const unwatch = watchChanges((changes) => seen.push(changes));
    await expect(updateJob(job.id, () => { throw new Error('refused'); })).rejects.toThrow('refused');
    unwatch();
    expect(await getJob(job.id)).toEqual(job);
    expect(seen).toEqual([]);
  });
});

describe('opening the database', () => {
  it('tries again after a refused open instead of keeping the failure', async () => {
    const real = globalThis.indexedDB;
    globalThis.indexedDB = { open: () => { throw new DOMException('The disk is full', 'QuotaExceededError'); } } as unknown as IDBFactory;
    await expect(getDatabase()).rejects.toThrow(/disk is full/);
    globalThis.indexedDB = real;
    const db = await getDatabase();
    expect(db.objectStoreNames.contains('jobs')).toBe(true);
  });
});
