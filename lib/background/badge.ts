import { browser } from 'wxt/browser';
import { getDatabase } from '../db';

/** The toolbar badge counts jobs that are pending or running. */
export async function updateBadge(): Promise<void> {
  const db = await getDatabase();
  const [pending, running] = await Promise.all([
    db.countFromIndex('jobs', 'by-status', 'PENDING'),
    db.countFromIndex('jobs', 'by-status', 'IN_PROGRESS'),
  ]);
  const active = pending + running;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: active > 0 ? String(active) : '' });
  if (active > 0) await action.setBadgeBackgroundColor({ color: '#2f6fdd' });
}
