import { browser } from 'wxt/browser';
import { countActiveJobs } from '../db';

let shown: number | null = null;
let running: Promise<void> | null = null;
let again = false;

/**
 * The toolbar badge counts jobs that are pending or running. Progress writes arrive several times a
 * second, so calls coalesce and the badge is touched only when the count changes.
 */
export function updateBadge(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await refresh();
      } while (again);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function refresh(): Promise<void> {
  const active = await countActiveJobs();
  if (active === shown) return;
  shown = active;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: active > 0 ? String(active) : '' });
  if (active > 0) await action.setBadgeBackgroundColor({ color: '#2f6fdd' });
}
