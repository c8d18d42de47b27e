import { describe, expect, it } from 'vitest';
import { openStudioDatabase, DB_VERSION } from './database';
import { upgradeRecords } from './migrations';

describe('database migrations', () => {
  it('opens data written by version 1 under the current version, upgrading old records', async () => {
    const v1 = await openStudioDatabase('migration-test', 1);
    // A job and a letter as version 1 wrote them: no lease, history, usage, findings.
    const oldJob = {
      id: 'j1', profileId: 'p1', jobId: 'd1', company: 'Acme', position: 'Engineer', status: 'COMPLETED',
      createdAt: 5, startedAt: 6, completedAt: 7, coverLetterId: 'l1', error: null, progress: 100,
      currentStep: 'Done', attempts: 1, config: { instructions: {} },
    };
    await v1.put('jobs', oldJob as never);
    await v1.put('letters', { id: 'l1', jobId: 'j1', opening: 'Hello Acme' } as never);
    v1.close();

    const current = await openStudioDatabase('migration-test', DB_VERSION);
    const job = await current.get('jobs', 'j1');
    expect(job).toMatchObject({ company: 'Acme', status: 'COMPLETED', lease: null, history: [], streamedText: '', usage: { inputTokens: 0, outputTokens: 0 } });
    expect(await current.getAllFromIndex('jobs', 'by-status', 'COMPLETED')).toHaveLength(1);
    const letter = await current.get('letters', 'l1');
    expect(letter).toMatchObject({ opening: 'Hello Acme', findings: [], editedParts: [], editedAt: null });
    current.close();
  });

  it('opens version 2 data under the current version: letters become version 1, jobs and profiles get the letter options', async () => {
    const v2 = await openStudioDatabase('migration-test-v2-letters', 2);
    const profile = { id: 'p1', name: 'Ada', email: 'ada@example.com', skills: ['Maths'], experience: [], projects: [], education: [], createdAt: 1, updatedAt: 1 };
    await v2.put('profiles', profile as never);
    await v2.put('jobs', {
      id: 'j1', profileId: 'p1', jobId: 'd1', company: 'Acme', position: 'Engineer', status: 'COMPLETED', createdAt: 5, startedAt: 6, completedAt: 7,
      coverLetterId: 'l1', previousLetterId: null, error: null, progress: 100, currentStep: 'Done', attempts: 1, history: [], streamedText: '', usage: { inputTokens: 1, outputTokens: 2 },
      lease: null, profile, job: { id: 'd1', company: 'Acme', title: 'Engineer', description: 'Build things', location: '', url: '', source: 'manual', capturedAt: 1 },
      config: { instructions: {}, model: '', maxTokens: 2048, priority: 0, feedback: '' },
    } as never);
    await v2.put('letters', {
      id: 'l1', jobId: 'j1', profileId: 'p1', company: 'Acme', position: 'Engineer', addressee: 'Hiring Team at Acme', opening: 'My edited opening',
      aboutMe: 'About', whyMe: 'Why', whyCompany: 'Acme', model: 'm', usage: { inputTokens: 1, outputTokens: 2 }, findings: [{ kind: 'cliche', message: 'A cliché' }],
      editedParts: ['opening'], generatedAt: 10, editedAt: 20,
    } as never);
    v2.close();

    const current = await openStudioDatabase('migration-test-v2-letters', DB_VERSION);
    const letter = await current.get('letters', 'l1');
    // Nothing the user wrote is lost: the edited text is the letter and its only version.
    expect(letter).toMatchObject({ opening: 'My edited opening', editedParts: ['opening'], language: 'en' });
    expect(letter!.versions).toEqual([
      {
        number: 1, createdAt: 20, why: 'first draft', findings: [{ kind: 'cliche', message: 'A cliché' }],
        content: { addressee: 'Hiring Team at Acme', opening: 'My edited opening', aboutMe: 'About', whyMe: 'Why', whyCompany: 'Acme' },
      },
    ]);
    const job = await current.get('jobs', 'j1');
    expect(job!.config).toMatchObject({ letterLanguage: 'auto', length: 'standard', tone: 'formal', maxTokens: 2048 });
    expect(job!.job.language).toBe('');
    expect(job!.profile.writingSample).toBe('');
    expect((await current.get('profiles', 'p1'))!.writingSample).toBe('');
    current.close();
  });

  it('upgrades version 2 records from a backup the same way: letters get version 1, jobs the letter options', () => {
    const [letter] = upgradeRecords('letters', [{ id: 'l1', addressee: 'Ms X', opening: 'O', aboutMe: 'A', whyMe: 'W', whyCompany: 'C', findings: [], generatedAt: 3, editedAt: null }], 2);
    expect(letter).toMatchObject({ language: 'en', versions: [{ number: 1, createdAt: 3, why: 'first draft', content: { addressee: 'Ms X', opening: 'O', aboutMe: 'A', whyMe: 'W', whyCompany: 'C' } }] });
    const [job] = upgradeRecords('jobs', [{ id: 'j1', config: { instructions: {}, feedback: 'shorter' }, job: { description: 'x' }, profile: { name: 'A' } }], 2);
    expect(job).toMatchObject({ config: { feedback: 'shorter', letterLanguage: 'auto', length: 'standard', tone: 'formal' }, job: { language: '' }, profile: { writingSample: '' } });
    const [profile] = upgradeRecords('profiles', [{ id: 'p1', writingSample: 'Mine' }], 2);
    expect(profile).toMatchObject({ writingSample: 'Mine' });
  });
});

describe('application tracking migration', () => {
  it('opens version 2 jobs at the current version with the status "Not applied", keeping everything else', async () => {
    const v2 = await openStudioDatabase('migration-application', 2);
    const oldJob = {
      id: 'j2', profileId: 'p1', jobId: 'd1', company: 'Zürich Café', position: 'Barista', status: 'COMPLETED',
      createdAt: 5, startedAt: 6, completedAt: 7, coverLetterId: 'l1', error: null, progress: 100, currentStep: 'Done', attempts: 1,
      config: { instructions: {} }, lease: null, history: [], usage: { inputTokens: 1, outputTokens: 2 }, streamedText: 'x', previousLetterId: null,
    };
    await v2.put('jobs', oldJob as never);
    v2.close();

    const current = await openStudioDatabase('migration-application', DB_VERSION);
    const job = await current.get('jobs', 'j2');
    // The streamed text moved to its own store (v5); everything else stays on the record.
    expect(job).toMatchObject({ ...oldJob, streamedText: '', application: { status: 'Not applied', changedAt: null, history: [], note: '', remindAt: null } });
    expect(await current.getAll('jobStreams')).toEqual([{ id: 'j2', at: 0, text: 'x' }]);
    current.close();
  });

  it('upgrades version 2 backup records the same way', async () => {
    const { upgradeRecords } = await import('./migrations');
    const [job] = upgradeRecords('jobs', [{ id: 'j', company: 'Acme' }], 2);
    expect(job).toMatchObject({ id: 'j', company: 'Acme', application: { status: 'Not applied', note: '' } });
  });
});
