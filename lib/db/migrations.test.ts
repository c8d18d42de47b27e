import { describe, expect, it } from 'vitest';
import { openStudioDatabase, DB_VERSION } from './database';

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
    expect(job).toMatchObject({ ...oldJob, application: { status: 'Not applied', changedAt: null, history: [], note: '', remindAt: null } });
    current.close();
  });

  it('upgrades version 2 backup records the same way', async () => {
    const { upgradeRecords } = await import('./migrations');
    const [job] = upgradeRecords('jobs', [{ id: 'j', company: 'Acme' }], 2);
    expect(job).toMatchObject({ id: 'j', company: 'Acme', application: { status: 'Not applied', note: '' } });
  });
});
