import { describe, expect, it } from 'vitest';
import { getJob, listLettersForJob, saveJob, saveLetter } from '../db';
import { sampleExportSource } from '../letters/testing';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { createGenerationJob } from './operations';
import { deleteExpiredJobs } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1);

async function finishedJob(id: string, daysAgo: number) {
  const { job, letter } = sampleExportSource({ company: `Co ${id}` });
  const at = NOW - daysAgo * DAY;
  await saveJob({ ...job, id, createdAt: at, completedAt: at, coverLetterId: `${id}-letter` });
  await saveLetter({ ...letter, id: `${id}-letter`, jobId: id });
}

describe('"Keep finished jobs for"', () => {
  it('deletes finished jobs (with their letters) older than the setting, and nothing else', async () => {
    await finishedJob('old', 40);
    await finishedJob('recent', 10);
    const waiting = { ...createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }, NOW - 400 * DAY), id: 'old-pending' };
    await saveJob(waiting);
    expect(await deleteExpiredJobs(30, NOW)).toBe(1);
    expect(await getJob('old')).toBeUndefined();
    expect(await listLettersForJob('old')).toEqual([]);
    expect(await getJob('recent')).toBeDefined();
    expect((await getJob('old-pending'))?.status).toBe('PENDING');
  });

  it('keeps everything when set to forever (the default)', async () => {
    await finishedJob('ancient', 3000);
    expect(await deleteExpiredJobs(0, NOW)).toBe(0);
    expect(await getJob('ancient')).toBeDefined();
  });

  it('keeps a job that was created long ago but finished recently', async () => {
    const { job } = sampleExportSource({ company: 'Slow Co' });
    await saveJob({ ...job, id: 'slow', createdAt: NOW - 40 * DAY, completedAt: NOW - 10 * DAY });
    expect(await deleteExpiredJobs(30, NOW)).toBe(0);
    expect(await getJob('slow')).toBeDefined();
  });

  it('deletes only what ended more than the setting ago: a job started earlier that ended exactly 30 days ago stays', async () => {
    const { job: exactly } = sampleExportSource({ company: 'Co exactly' });
    await saveJob({ ...exactly, id: 'exactly', createdAt: NOW - 40 * DAY, completedAt: NOW - 30 * DAY });
    const { job: justOver } = sampleExportSource({ company: 'Co just-over' });
    await saveJob({ ...justOver, id: 'just-over', createdAt: NOW - 30 * DAY - 1, completedAt: NOW - 30 * DAY - 1 });
    expect(await deleteExpiredJobs(30, NOW)).toBe(1);
    expect(await getJob('exactly')).toBeDefined();
    expect(await getJob('just-over')).toBeUndefined();
  });
});
