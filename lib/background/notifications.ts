import { browser } from 'wxt/browser';
import type { GenerationJob } from '../schema';
import { openPanelPage } from './panel';
import { loadSettings, panelRequestItem } from '../settings';

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

/** A click on a job's notification opens the panel on that letter. */
export function registerNotificationClicks(): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const jobId = notificationId.slice(NOTIFICATION_PREFIX.length);
    void browser.notifications.clear(notificationId);
    void showJobInPanel(jobId);
  });
}

async function showJobInPanel(jobId: string): Promise<void> {
  await panelRequestItem.setValue({ id: crypto.randomUUID(), view: 'letter', jobId });
  // An open panel follows the request; otherwise the panel page opens in a tab on that letter.
  const windows = await browser.runtime.getContexts?.({ contextTypes: ['SIDE_PANEL' as never] }).catch(() => []);
  if (!windows || windows.length === 0) await openPanelPage(`?job=${encodeURIComponent(jobId)}`);
}
