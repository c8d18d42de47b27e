import { browser } from 'wxt/browser';
import { getJob } from '../db';
import { setReminder } from './status';

/** Alarm names carry the job id: one reminder per job, replaced when set again. */
export const REMINDER_PREFIX = 'follow-up:';
const DAY = 24 * 60 * 60 * 1000;

/** "Remind me in N days": stored on the job (so backups keep it) and as an alarm. */
export async function scheduleReminder(jobId: string, days: number, now = Date.now()): Promise<number> {
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error('Choose between 1 and 365 days.');
  const when = now + days * DAY;
  await setReminder(jobId, when);
  await browser.alarms.create(`${REMINDER_PREFIX}${jobId}`, { when });
  return when;
}

export async function cancelReminder(jobId: string): Promise<void> {
  await setReminder(jobId, null);
  await browser.alarms.clear(`${REMINDER_PREFIX}${jobId}`);
}

/**
 * A reminder alarm went off: a notification whose click opens the job (it uses the job
 * notification id, so the existing click handler opens that letter).
 */
export async function remindAbout(alarmName: string, notificationPrefix: string): Promise<void> {
  if (!alarmName.startsWith(REMINDER_PREFIX)) return;
  const jobId = alarmName.slice(REMINDER_PREFIX.length);
  const job = await getJob(jobId);
  // Deleted, or moved past "Applied" since: nothing to follow up.
  if (!job || job.application.status !== 'Applied' || job.application.remindAt === null) return;
  await setReminder(jobId, null);
  await browser.notifications.create(`${notificationPrefix}${jobId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Follow up: ${job.company}`,
    message: `You applied for ${job.position}. No answer yet? Time to follow up.`,
  });
}

/** Alarms are lost when the browser updates the extension: set them again from the stored jobs. */
export async function restoreReminders(jobs: { id: string; application: { status: string; remindAt: number | null } }[]): Promise<void> {
  for (const job of jobs) {
    if (job.application.status !== 'Applied' || job.application.remindAt === null) continue;
    await browser.alarms.create(`${REMINDER_PREFIX}${job.id}`, { when: Math.max(job.application.remindAt, Date.now() + 1000) });
  }
}
