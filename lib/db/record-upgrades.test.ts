import { describe, expect, it } from 'vitest';
import { notApplied } from '../schema';
import { DB_VERSION, openStudioDatabase } from './database';
import { upgradeRecords } from './migrations';

/** A job as version 1 stored it: no lease, history, usage, streamed text, application or letter options. */
const v1Job = {
  id: 'j1', profileId: 'p1', jobId: 'd1', company: 'Acme', position: 'Engineer', status: 'COMPLETED', createdAt: 5, startedAt: 6, completedAt: 7,
  coverLetterId: 'l1', error: null, progress: 100, currentStep: 'Done', attempts: 1, config: { instructions: {} },
};

const letterText = { addressee: 'Hiring Team at Acme', opening: 'Hello Acme', aboutMe: 'About', whyMe: 'Why', whyCompany: 'Because' };

describe('record upgrades (databases and backups)', () => {
  it('upgrades a version 1 job to exactly the current shape, with every default', () => {
    expect(upgradeRecords('jobs', [v1Job], 1)).toEqual([
      {
        ...v1Job,
        lease: null, history: [], usage: { inputTokens: 0, outputTokens: 0 }, streamedText: '', previousLetterId: null,
        application: notApplied(),
        config: { instructions: {}, letterLanguage: 'auto', length: 'standard', tone: 'formal' },
      },
    ]);
  });

  it('keeps every value an old job already had', () => {
    const lease = { owner: 'engine-1', token: 't', expiresAt: 99 };
    const application = { status: 'Applied', changedAt: 3, history: [], note: 'Sent by post', remindAt: null };
    const had = {
      ...v1Job, lease, history: [{ attempt: 1 }], usage: { inputTokens: 4, outputTokens: 5 }, streamedText: 'Dear', previousLetterId: 'l0', application,
      config: { instructions: {}, letterLanguage: 'de', length: 'short', tone: 'warm' },
      job: { description: 'x', language: 'de' }, profile: { name: 'Ada', writingSample: 'Mine' },
    };
    expect(upgradeRecords('jobs', [had], 1)).toEqual([had]);
  });

  it('gives an old job’s posting an unknown language and its profile an empty writing sample', () => {
    const [job] = upgradeRecords('jobs', [{ ...v1Job, job: { description: 'x' }, profile: { name: 'Ada' } }], 3);
    expect(job).toEqual({
      ...v1Job, job: { description: 'x', language: '' }, profile: { name: 'Ada', writingSample: '' },
      config: { instructions: {}, letterLanguage: 'auto', length: 'standard', tone: 'formal' },
    });
  });

  it('upgrades a version 1 letter to exactly the current shape: its text becomes version 1, in English', () => {
    const old = { id: 'l1', jobId: 'j1', ...letterText, generatedAt: 10 };
    expect(upgradeRecords('letters', [old], 1)).toEqual([
      {
        ...old, findings: [], editedParts: [], editedAt: null, language: 'en',
        versions: [{ number: 1, createdAt: 10, why: 'first draft', content: letterText, findings: [] }],
      },
    ]);
  });

  it('keeps the findings, edits and language an old letter already had', () => {
    const findings = [{ kind: 'cliche', message: 'A cliché' }];
    const old = { id: 'l1', ...letterText, findings, editedParts: ['opening'], editedAt: 20, generatedAt: 10, language: 'de' };
    expect(upgradeRecords('letters', [old], 1)).toEqual([
      { ...old, versions: [{ number: 1, createdAt: 20, why: 'first draft', content: letterText, findings }] },
    ]);
  });

  it('fills a missing part of an old letter with empty text, never "undefined"', () => {
    const [letter] = upgradeRecords('letters', [{ id: 'l1', opening: 'Hello', whyMe: 42, generatedAt: 3 }], 3);
    expect(letter).toEqual({
      id: 'l1', opening: 'Hello', whyMe: 42, generatedAt: 3, language: 'en',
      versions: [{ number: 1, createdAt: 3, why: 'first draft', content: { addressee: '', opening: 'Hello', aboutMe: '', whyMe: '', whyCompany: '' }, findings: [] }],
    });
  });

  it('keeps the versions a letter already has, adding only the language it was written in', () => {
    const versions = [{ number: 1, createdAt: 3, why: 'first draft', content: letterText, findings: [] }];
    const [english, german] = upgradeRecords('letters', [{ id: 'l1', ...letterText, versions }, { id: 'l2', ...letterText, versions, language: 'de' }], 3);
    expect(english).toEqual({ id: 'l1', ...letterText, versions, language: 'en' });
    expect(german).toEqual({ id: 'l2', ...letterText, versions, language: 'de' });
    // An empty list is no version: the letter's text becomes version 1.
    const [empty] = upgradeRecords('letters', [{ id: 'l3', ...letterText, generatedAt: 4, versions: [] }], 3);
    expect(empty).toEqual({ id: 'l3', ...letterText, generatedAt: 4, language: 'en', versions: [{ number: 1, createdAt: 4, why: 'first draft', content: letterText, findings: [] }] });
  });

  it('upgrades the records of a version 1 database the same way', async () => {
    const v1 = await openStudioDatabase('record-upgrades-v1', 1);
    await v1.put('jobs', { ...v1Job, previousLetterId: 'l0', usage: { inputTokens: 4, outputTokens: 5 } } as never);
    await v1.put('letters', { id: 'l1', jobId: 'j1', ...letterText, generatedAt: 10, findings: [{ kind: 'cliche', message: 'A cliché' }] } as never);
    v1.close();
    const current = await openStudioDatabase('record-upgrades-v1', DB_VERSION);
    expect(await current.get('jobs', 'j1')).toEqual({
      ...v1Job, lease: null, history: [], usage: { inputTokens: 4, outputTokens: 5 }, streamedText: '', previousLetterId: 'l0', application: notApplied(),
      config: { instructions: {}, letterLanguage: 'auto', length: 'standard', tone: 'formal' },
    });
    expect(await current.get('letters', 'l1')).toEqual({
      id: 'l1', jobId: 'j1', ...letterText, generatedAt: 10, findings: [{ kind: 'cliche', message: 'A cliché' }], editedParts: [], editedAt: null, language: 'en',
      versions: [{ number: 1, createdAt: 10, why: 'first draft', content: letterText, findings: [{ kind: 'cliche', message: 'A cliché' }] }],
    });
    current.close();
  });
});
