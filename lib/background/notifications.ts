import { browser } from 'wxt/browser';
import type { GenerationJob } from '../schema';
import { loadSettings } from '../settings';

/** Notification ids carry the job id, so a click can open that letter. */
export const NOTIFICATION_PREFIX = 'job:';

export async function notifyJobFinished(job: GenerationJob): Promise<void> {
  if (job.status !== 'COMPLETED' && job.status !== 'FAILED') return;
  const settings = await loadSettings();
  if (!settings.notifications) return;
  const completed = job.status === 'COMPLETED';
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${job.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: completed ? `Cover letter ready: ${job.company}` : `Cover letter failed: ${job.company}`,
    message: completed ? `${job.position} — open Cover Letter Studio to view it.` : (job.error ?? 'Open Cover Letter Studio to retry.'),
  });
}
