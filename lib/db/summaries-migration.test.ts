import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JobSummarySchema, summarizeJob, type GenerationJob } from '../schema';
import { mergeJob } from './job-records';
import { DB_VERSION, openStudioDatabase } from './database';
import { upgradeRecords } from './migrations';

const STATUSES = ['COMPLETED', 'FAILED', 'CANCELLED', 'PENDING', 'IN_PROGRESS'] as const;

/** A job as version 2 stored it: snapshots, history, streamed text; no application, no letter options. */
function v2Job(i: number) {
  const profile = { id: `p${i % 3}`, name: `Person ${i % 3}`, email: 'x@example.com', skills: ['Maths'], experience: [], projects: [], education: [], createdAt: 1, updatedAt: 1 };
  const status = STATUSES[i % STATUSES.length]!;
  return {
    id: `job-${String(i).padStart(4, '0')}`, profileId: profile.id, jobId: `d${i}`, company: `Company ${i}`, position: `Role ${i}`, status,
    // Every tenth pair shares a creation time: the id breaks the tie.
    createdAt: 1_000_000 + Math.floor(i / 2) * 1000, startedAt: 6, completedAt: status === 'COMPLETED' ? 7 : null,
    coverLetterId: status === 'COMPLETED' ? `l${i}` : null, previousLetterId: null, error: status === 'FAILED' ? 'The server said no.' : null,
    progress: status === 'COMPLETED' ? 100 : 40, currentStep: status === 'COMPLETED' ? 'Done' : 'Writing', attempts: 1, history: [],
    streamedText: status === 'FAILED' ? `Dear team at Company ${i}, ` : '', usage: { inputTokens: i, outputTokens: 2 * i },
    lease: status === 'IN_PROGRESS' ? { owner: 'o', token: 't', expiresAt: 99 } : null, profile,
    job: { id: `d${i}`, company: `Company ${i}`, title: `Role ${i}`, description: 'Build things for people who need them.', location: '', url: '', source: 'manual', capturedAt: 1 },
    config: { instructions: {}, model: '', maxTokens: 2048, priority: i % 7 === 0 ? 2 : 0, feedback: '' },
  };
}

describe('job summaries migration (v5)', () => {
  it('opens a version 2 database of 1,000 jobs with a correct summary for every job and nothing lost', async () => {
    const name = 'migration-summaries-1000';
    const v2 = await openStudioDatabase(name, 2);
    const old = Array.from({ length: 1000 }, (_, i) => v2Job(i));
    const tx = v2.transaction('jobs', 'readwrite');
    await Promise.all([...old.map((job) => tx.store.put(job as never)), tx.done]);
    v2.close();

    const db = await openStudioDatabase(name, DB_VERSION);
    expect(await db.count('jobs')).toBe(1000);
    expect(await db.count('jobSummaries')).toBe(1000);
    // The same upgrade a backup of version 2 goes through: what every job must now read as.
    const expected = upgradeRecords('jobs', old, 2) as unknown as GenerationJob[];
    const [records, summaries, streams] = await Promise.all([db.getAll('jobs'), db.getAll('jobSummaries'), db.getAll('jobStreams')]);
    const recordOf = new Map(records.map((r) => [r.id, r]));
    const summaryOf = new Map(summaries.map((s) => [s.id, s]));
    const streamOf = new Map(streams.map((s) => [s.id, s.text]));
    for (const want of expected) {
      const summary = summaryOf.get(want.id);
      expect(v.parse(JobSummarySchema, summary)).toEqual(summarizeJob(want));
      // Nothing lost: the record with its summary and stream is the whole old job, streamed text included.
      expect(mergeJob(recordOf.get(want.id)!, summary, streamOf.get(want.id))).toEqual(want);
    }
    expect(streams).toHaveLength(old.filter((j) => j.streamedText).length);

    // Newest first through the index, ties broken by id.
    const byCreated = (await db.getAllFromIndex('jobSummaries', 'by-created')).reverse().map((s) => s.id);
    const sorted = [...old].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id)).map((j) => j.id);
    expect(byCreated).toEqual(sorted);
    const failed = await db.getAllFromIndex('jobSummaries', 'by-status', IDBKeyRange.bound(['FAILED'], ['FAILED', []]));
    expect(failed).toHaveLength(200);
    expect(failed.every((s) => s.status === 'FAILED' && s.error === 'The server said no.' && s.streamedChars > 0)).toBe(true);
    const ofP1 = await db.getAllFromIndex('jobSummaries', 'by-profile', IDBKeyRange.bound(['p1'], ['p1', []]));
    expect(ofP1.map((s) => s.id).sort()).toEqual(old.filter((j) => j.profileId === 'p1').map((j) => j.id).sort());
    db.close();
  });

  it('adds the posting and reminder to summaries written by version 5, keeping their live progress (v6)', async () => {
    const name = 'migration-summaries-v6';
    const v5 = await openStudioDatabase(name, 5);
    const old = Array.from({ length: 20 }, (_, i) => v2Job(i));
    old[3]!.job.url = 'https://jobs.lever.co/company-3/abc';
    const tx2 = v5.transaction(['jobs', 'jobSummaries'], 'readwrite');
    for (const job of upgradeRecords('jobs', old, 2) as unknown as GenerationJob[]) {
      const reminded = job.id === 'job-0003' ? { ...job, application: { ...job.application, status: 'Applied' as const, remindAt: 5_000 } } : job;
      void tx2.objectStore('jobs').put(reminded);
      // What version 5 stored: a summary without the posting and reminder, with its own live progress.
      const { jobId: _jobId, postingUrl: _url, application, ...summary } = summarizeJob(reminded);
      void tx2.objectStore('jobSummaries').put({ ...summary, progress: 42, application: { status: application.status, changedAt: application.changedAt } } as never);
    }
    await tx2.done;
    v5.close();

    const db = await openStudioDatabase(name, DB_VERSION);
    const summaries = await db.getAll('jobSummaries');
    expect(summaries).toHaveLength(20);
    for (const summary of summaries) expect(() => v.parse(JobSummarySchema, summary)).not.toThrow();
    const third = summaries.find((s) => s.id === 'job-0003')!;
    expect(third).toMatchObject({ jobId: 'd3', postingUrl: 'https://jobs.lever.co/company-3/abc', progress: 42, application: { status: 'Applied', remindAt: 5_000 } });
    expect(summaries.every((s) => s.progress === 42)).toBe(true);
    db.close();
  });
});
