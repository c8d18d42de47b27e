import { describe, expect, it, vi } from 'vitest';
import type { CoverLetter, GenerationJob } from '../schema';
import {
  getDatabase,
  getJob,
  getJobStreamText,
  getLetter,
  JobNotFoundError,
  listJobs,
  listJobSummaries,
  recordJobProgress,
  saveJob,
  saveLetterAndUpdateJob,
  updateJob,
  updateJobsWhere,
} from '.';
import { allPages, announcedDuring, job } from './testing';

const ids = (jobs: { id: string }[]) => jobs.map((j) => j.id);

describe('listing whole jobs', () => {
  // Ids in another order than the times (and two equal times), so neither key order alone is the answer.
  const jobs = [job('b', 100, 'FAILED', 'p1'), job('a', 300, 'COMPLETED', 'p2'), job('d', 200, 'FAILED', 'p2'), job('c', 300, 'PENDING', 'p1'), job('e', 50, 'FAILED', 'p2')];

  it('lists every job newest first, equal times by the higher id first', async () => {
    for (const j of jobs) await saveJob(j);
    expect(ids(await listJobs())).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(await listJobs()).toEqual([jobs[3], jobs[1], jobs[2], jobs[0], jobs[4]]);
  });

  it('lists the jobs of one status only, or of one profile only, newest first and whole', async () => {
    for (const j of jobs) await saveJob({ ...j, streamedText: j.status === 'FAILED' ? `Dear ${j.id}` : '' });
    expect(ids(await listJobs({ status: 'FAILED' }))).toEqual(['d', 'b', 'e']);
    expect(ids(await listJobs({ profileId: 'p1' }))).toEqual(['c', 'b']);
    expect(await listJobs({ status: 'FAILED', profileId: 'p1' })).toEqual([{ ...jobs[0], streamedText: 'Dear b' }]);
  });

  it('still reads a job whose summary is missing (damaged data), so a backup keeps it', async () => {
    for (const j of jobs) await saveJob({ ...j, streamedText: j.id === 'd' ? 'Dear d' : '' });
    await (await getDatabase()).delete('jobSummaries', 'd');
    expect(await getJob('d')).toEqual({ ...jobs[2], streamedText: 'Dear d' });
    expect(ids(await listJobs())).toEqual(['c', 'a', 'd', 'b', 'e']);
  });

  it('leaves out a job whose record was deleted while the list was read', async () => {
    for (const j of jobs) await saveJob(j);
    // The summary was read; the record is gone by the time the whole job is.
    await (await getDatabase()).delete('jobs', 'd');
    expect(ids(await listJobs({ status: 'FAILED' }))).toEqual(['b', 'e']);
  });
});

describe('paging job summaries', () => {
  it('pages one profile without reaching into the jobs of another', async () => {
    for (const j of [job('a', 100, 'COMPLETED', 'p1'), job('b', 200, 'COMPLETED', 'p2'), job('c', 300, 'FAILED', 'p2'), job('d', 400, 'FAILED', 'p3')]) await saveJob(j);
    expect(await allPages({ limit: 1, profileId: 'p2' })).toEqual([['c'], ['b']]);
    const first = await listJobSummaries({ limit: 1, profileId: 'p2' });
    expect(ids((await listJobSummaries({ profileId: 'p2', after: first.next })).items)).toEqual(['b']);
    expect(ids((await listJobSummaries({ status: 'COMPLETED', after: { createdAt: 200, id: 'b' } })).items)).toEqual(['a']);
  });

  it('pages one profile and one status, skipping that profile’s other jobs', async () => {
    for (const j of [job('a', 100, 'FAILED', 'p1'), job('b', 200, 'COMPLETED', 'p1'), job('c', 300, 'FAILED', 'p1'), job('d', 400, 'COMPLETED', 'p1')]) await saveJob(j);
    expect(await allPages({ limit: 1, profileId: 'p1', status: 'FAILED' })).toEqual([['c'], ['a']]);
    expect(await listJobSummaries({ limit: 5, profileId: 'p1', status: 'COMPLETED' })).toMatchObject({ items: [{ id: 'd' }, { id: 'b' }], next: null });
  });

  it('gives an empty page with no next page for a limit of 0', async () => {
    await saveJob(job('a', 100));
    expect(await listJobSummaries({ limit: 0 })).toEqual({ items: [], next: null });
  });

  it('says where the next page starts only when there is one', async () => {
    for (const j of [job('a', 100), job('b', 200), job('c', 300)]) await saveJob(j);
    expect((await listJobSummaries({ limit: 2 })).next).toEqual({ createdAt: 200, id: 'b' });
    expect((await listJobSummaries({ limit: 3 })).next).toBeNull();
  });
});

describe('updating jobs', () => {
  it('refuses to update a job that no longer exists, without calling the change', async () => {
    const change = vi.fn((j: GenerationJob) => ({ ...j, progress: 1 }));
    const error = await updateJob('gone', change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobNotFoundError);
    expect(error).toMatchObject({ name: 'JobNotFoundError', jobId: 'gone', message: expect.stringMatching(/no longer exists/) });
    expect(change).not.toHaveBeenCalled();
    expect(await getJob('gone')).toBeUndefined();
  });

  it('refuses a progress write for a job that no longer exists, without calling the change', async () => {
    const change = vi.fn(() => ({ progress: 1 }));
    await expect(recordJobProgress('gone', change)).rejects.toBeInstanceOf(JobNotFoundError);
    expect(change).not.toHaveBeenCalled();
  });

  it('passes on what the change threw, writing and announcing nothing', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    const refusal = new Error('cancelled meanwhile');
    const seen = await announcedDuring(async () => {
      await expect(updateJob('a', () => { throw refusal; })).rejects.toBe(refusal);
      await expect(saveLetterAndUpdateJob({ id: 'l1' } as CoverLetter, 'a', () => { throw refusal; })).rejects.toBe(refusal);
    });
    expect(seen).toEqual([]);
    expect(await getLetter('l1')).toBeUndefined();
    expect(await getJob('a')).toEqual(job('a', 100, 'IN_PROGRESS'));
  });

  it('passes on what the progress change threw, writing and announcing nothing', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    const refusal = new Error('lease lost');
    const seen = await announcedDuring(() => expect(recordJobProgress('a', () => { throw refusal; })).rejects.toBe(refusal));
    expect(seen).toEqual([]);
  });

  it('keeps the streamed text through a progress write that carries no text', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    await recordJobProgress('a', () => ({ streamedText: 'Dear team, ', knownPrefix: 0 }));
    await recordJobProgress('a', () => ({ progress: 70, currentStep: 'Checking' }));
    expect(await getJobStreamText('a')).toBe('Dear team, ');
    expect(await getJob('a')).toMatchObject({ progress: 70, currentStep: 'Checking', streamedText: 'Dear team, ' });
  });

  it('adds nothing when the text did not grow, and writes the whole text when it shrank', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    await recordJobProgress('a', () => ({ streamedText: 'Dear ', knownPrefix: 0 }));
    await recordJobProgress('a', () => ({ streamedText: 'Dear team', knownPrefix: 5 }));
    await recordJobProgress('a', () => ({ streamedText: 'Dear team', knownPrefix: 9 }));
    const pieces = async () => (await (await getDatabase()).getAll('jobStreams')).map((p) => p.text);
    expect(await pieces()).toEqual(['Dear ', 'team']);
    // A retry starts over: shorter than what is stored, even though the caller claims the old length.
    await recordJobProgress('a', () => ({ streamedText: 'Hi', knownPrefix: 9 }));
    expect(await getJobStreamText('a')).toBe('Hi');
    expect(await pieces()).toEqual(['Hi']);
  });

  it('changes only the jobs the selection picks that still exist, and announces exactly those', async () => {
    for (const j of [job('a', 100, 'PENDING'), job('b', 200, 'PENDING'), job('c', 300, 'IN_PROGRESS'), job('d', 400, 'COMPLETED')]) await saveJob(j);
    let offered: string[] = [];
    let changed: GenerationJob[] = [];
    const seen = await announcedDuring(async () => {
      changed = await updateJobsWhere(
        (summaries) => {
          offered = ids(summaries).sort();
          return [{ id: 'gone' }, { id: 'b' }, { id: 'c' }];
        },
        (j) => ({ ...j, progress: 5 }),
      );
    });
    expect(offered).toEqual(['a', 'b', 'c']);
    expect(ids(changed)).toEqual(['b', 'c']);
    expect(seen).toEqual([[{ store: 'jobs', ids: ['b', 'c'], op: 'put' }]]);
    expect((await getJob('b'))?.progress).toBe(5);
    expect((await getJob('a'))?.progress).toBe(0);
    // Picking nothing announces nothing.
    expect(await announcedDuring(() => updateJobsWhere(() => [], (j) => j))).toEqual([]);
  });

  it('stores the letter and the finished job together, announcing both at once', async () => {
    await saveJob(job('a', 100, 'IN_PROGRESS'));
    const letter = { id: 'l1', jobId: 'a', profileId: 'p1', company: 'Co a', position: 'Engineer', addressee: 'Team', opening: 'Hello', aboutMe: 'Me', whyMe: 'Why',
      whyCompany: 'You', model: 'm', usage: { inputTokens: 1, outputTokens: 1 }, findings: [], editedParts: [], generatedAt: 5, editedAt: null, language: 'en', versions: [] } satisfies CoverLetter;
    const seen = await announcedDuring(() => saveLetterAndUpdateJob(letter, 'a', (j) => ({ ...j, status: 'COMPLETED', coverLetterId: 'l1' })));
    expect(seen).toEqual([[{ store: 'letters', ids: ['l1'], op: 'put' }, { store: 'jobs', ids: ['a'], op: 'put' }]]);
    expect(await getLetter('l1')).toEqual(letter);
    expect(await getJob('a')).toMatchObject({ status: 'COMPLETED', coverLetterId: 'l1' });
  });
});
