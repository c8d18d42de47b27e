import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getJob, saveJob } from '../db';
import { sampleExportSource } from '../letters/testing';
import { createBackup, serializeBackup } from '../backup/export-backup';
import { deleteAllData } from '../backup/delete-all';
import { importBackup } from '../backup/import-backup';
import { REMINDER_PREFIX, remindAbout, scheduleReminder } from './reminders';
import { markApplied, restoreApplication, setApplicationNote, setApplicationStatus, summarise } from './status';

async function storedJob(company = 'Acme') {
  const { job } = sampleExportSource({ company });
  await saveJob(job);
  return job;
}

describe('application status', () => {
  it('records each change with its date; the same status twice is one change', async () => {
    const job = await storedJob();
    expect(job.application).toEqual({ status: 'Not applied', changedAt: null, history: [], note: '', remindAt: null });
    await setApplicationStatus(job.id, 'Applied', 1000);
    await setApplicationStatus(job.id, 'Applied', 1500);
    const after = await setApplicationStatus(job.id, 'Interview', 2000);
    expect(after.application).toMatchObject({ status: 'Interview', changedAt: 2000, history: [{ status: 'Applied', at: 1000 }, { status: 'Interview', at: 2000 }] });
  });

  it('filling marks Applied, and Undo puts back exactly what was there, keeping a note written since', async () => {
    const job = await storedJob();
    await setApplicationStatus(job.id, 'Interview', 500);
    const { previous } = await markApplied(job.id, 1000);
    expect((await getJob(job.id))!.application.status).toBe('Applied');
    await setApplicationNote(job.id, 'Spoke to Zoë — call back Tuesday\n(second line)');
    await restoreApplication(job.id, previous);
    expect((await getJob(job.id))!.application).toMatchObject({ status: 'Interview', changedAt: 500, note: 'Spoke to Zoë — call back Tuesday\n(second line)' });
  });

  it('refuses an over-long note with a message instead of cutting it', async () => {
    const job = await storedJob();
    await expect(setApplicationNote(job.id, 'x'.repeat(10_001))).rejects.toThrow(/at most 10,000 characters/);
  });

  it('counts per status and sorts by the last change', async () => {
    const a = await storedJob('A');
    const b = { ...(await storedJob('B')), id: 'job-b' };
    await saveJob(b);
    await setApplicationStatus(a.id, 'Offer', 3000);
    await setApplicationStatus(b.id, 'Rejected', 2000);
    const { counts, byLastChange } = summarise([(await getJob(b.id))!, (await getJob(a.id))!]);
    expect(counts).toEqual({ 'Not applied': 0, Applied: 0, Interview: 0, Offer: 1, Rejected: 1, Withdrawn: 0 });
    expect(byLastChange.map((j) => j.id)).toEqual([a.id, b.id]);
  });

  it('backups carry statuses, dates and notes', async () => {
    const job = await storedJob();
    await setApplicationStatus(job.id, 'Interview', 4242);
    await setApplicationNote(job.id, 'Ask about the team — Łódź office');
    const text = new TextDecoder().decode(serializeBackup(await createBackup({ includeApiKey: false })));
    await deleteAllData();
    await importBackup(text, 'replace');
    expect((await getJob(job.id))!.application).toMatchObject({ status: 'Interview', changedAt: 4242, note: 'Ask about the team — Łódź office' });
  });

  it('a version 2 backup imports with every job "Not applied"', async () => {
    const job = await storedJob();
    const backup = JSON.parse(new TextDecoder().decode(serializeBackup(await createBackup({ includeApiKey: false }))));
    backup.dbVersion = 2;
    for (const j of backup.data.jobs) delete j.application;
    await deleteAllData();
    await importBackup(JSON.stringify(backup), 'replace');
    expect((await getJob(job.id))!.application.status).toBe('Not applied');
  });
});

describe('follow-up reminders', () => {
  it('"Remind me in N days" sets an alarm; when it rings, a notification opens the job', async () => {
    const job = await storedJob();
    await markApplied(job.id, 1000);
    const when = await scheduleReminder(job.id, 3, 1000);
    expect(when).toBe(1000 + 3 * 24 * 60 * 60 * 1000);
    expect(await fakeBrowser.alarms.get(`${REMINDER_PREFIX}${job.id}`)).toMatchObject({ scheduledTime: when });
    await remindAbout(`${REMINDER_PREFIX}${job.id}`, 'job:');
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([`job:${job.id}`]);
    expect((await getJob(job.id))!.application.remindAt).toBeNull();
  });

  it('no reminder once the application moved on', async () => {
    const job = await storedJob();
    await markApplied(job.id, 1000);
    await scheduleReminder(job.id, 1, 1000);
    await setApplicationStatus(job.id, 'Interview', 2000);
    await remindAbout(`${REMINDER_PREFIX}${job.id}`, 'job:');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
