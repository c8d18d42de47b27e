import { describe, expect, it } from 'vitest';
import { summarizeJob } from '../schema';
import {
  deleteJobRecord,
  getDatabase,
  getJob,
  getJobStreamText,
  getJobSummaries,
  listJobs,
  listJobSummaries,
  recordJobProgress,
  saveJob,
  updateJob,
  watchChanges,
  type Change,
} from '.';
import { allPages, job } from './testing';

describe('job summaries', () => {
  it('pages newest first through the cursor, equal times in a fixed order, every job once', async () => {
    const jobs = [job('a', 100), job('b', 300), job('c', 200), job('d', 300), job('e', 50)];
    for (const j of jobs) await saveJob(j);
    expect(await allPages({ limit: 2 })).toEqual([['d', 'b'], ['c', 'a'], ['e']]);
    expect(await allPages({ limit: 5 })).toEqual([['d', 'b', 'c', 'a', 'e']]);
    // Without a limit: everything after the cursor in one read.
    const first = await listJobSummaries({ limit: 1 });
    expect((await listJobSummaries({ after: first.next })).items.map((s) => s.id)).toEqual(['b', 'c', 'a', 'e']);
  });

  it('filters by status and by profile (and both) through their indexes', async () => {
    const jobs = [job('a', 100, 'FAILED', 'p1'), job('b', 200, 'COMPLETED', 'p2'), job('c', 300, 'FAILED', 'p2'), job('d', 400, 'FAILED', 'p1')];
    for (const j of jobs) await saveJob(j);
    expect(await allPages({ limit: 1, status: 'FAILED' })).toEqual([['d'], ['c'], ['a']]);
    expect(await allPages({ limit: 10, profileId: 'p2' })).toEqual([['c', 'b']]);
    expect(await allPages({ limit: 1, profileId: 'p1', status: 'FAILED' })).toEqual([['d'], ['a']]);
    expect((await listJobs({ status: 'FAILED', profileId: 'p2' })).map((j) => j.id)).toEqual(['c']);
  });

  it('keeps each summary equal to the job it sums up, through saves, updates and deletes', async () => {
    await saveJob(job('a', 100, 'PENDING'));
    await updateJob('a', (j) => ({ ...j, status: 'CANCELLED', error: null, application: { ...j.application, status: 'Applied', changedAt: 5 } }));
    const [summary, missing] = await getJobSummaries(['a', 'nope']);
    expect(summary).toEqual(summarizeJob((await getJob('a'))!));
    expect(summary).toMatchObject({ status: 'CANCELLED', application: { status: 'Applied', changedAt: 5 }, profileName: 'Ada Lovelace', company: 'Co a' });
    expect(missing).toBeUndefined();
    await deleteJobRecord('a');
    expect(await getJobSummaries(['a'])).toEqual([undefined]);
    expect(await (await getDatabase()).count('jobStreams')).toBe(0);
  });
});

describe('progress writes', () => {
  it('change only the summary and the streamed text, which the whole job then shows', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    const recordBefore = await (await getDatabase()).get('jobs', 'a');
    const seen: Change[][] = [];
    const unwatch = watchChanges((changes) => seen.push(changes));
    await recordJobProgress('a', () => ({ progress: 30, currentStep: 'Writing', streamedText: 'Dear team, ', knownPrefix: 0 }));
    await recordJobProgress('a', () => ({ progress: 60, streamedText: 'Dear team, I build ledgers.', knownPrefix: 'Dear team, '.length }));
    unwatch();
    expect(seen).toEqual([[{ store: 'jobs', ids: ['a'], op: 'progress' }], [{ store: 'jobs', ids: ['a'], op: 'progress' }]]);
    expect(await (await getDatabase()).get('jobs', 'a')).toEqual(recordBefore);
    // Two pieces, each only what was new.
    expect((await (await getDatabase()).getAll('jobStreams')).map((p) => p.text)).toEqual(['Dear team, ', 'I build ledgers.']);
    expect(await getJobStreamText('a')).toBe('Dear team, I build ledgers.');
    expect(await getJob('a')).toMatchObject({ progress: 60, currentStep: 'Writing', streamedText: 'Dear team, I build ledgers.' });
  });

  it('write the whole text again when it does not continue what is stored, and refuse when the change throws', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    await recordJobProgress('a', () => ({ streamedText: 'First try', knownPrefix: 0 }));
    // A wrong claim about what is stored: the whole text replaces it.
    await recordJobProgress('a', () => ({ streamedText: 'Second', knownPrefix: 3 }));
    expect(await getJobStreamText('a')).toBe('Second');
    expect((await getJobSummaries(['a']))[0]?.streamedChars).toBe(6);
    await expect(recordJobProgress('a', () => { throw new Error('not yours'); })).rejects.toThrow('not yours');
    await expect(recordJobProgress('gone', () => ({ progress: 1 }))).rejects.toThrow(/no longer exists/);
    expect(await getJobStreamText('a')).toBe('Second');
    // A whole write (the end of the run) replaces the pieces.
    await updateJob('a', (j) => ({ ...j, status: 'COMPLETED', streamedText: '' }));
    expect(await getJobStreamText('a')).toBe('');
  });
});
