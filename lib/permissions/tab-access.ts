import { browser } from 'wxt/browser';

/** Reading the postings open in other tabs needs access to every (https) site, for as long as the scan lasts. */
export const ALL_SITES = { origins: ['https://*/*'] };

export interface TabAccessGrant {
  /** The user allowed it (or had already). */
  granted: boolean;
  /** It was there before we asked: then it is not ours to take away. */
  heldBefore: boolean;
}

/**
 * Asks for all-sites access for a scan. Call synchronously from a click handler: both calls start
 * inside the user gesture, the request first in line for the prompt.
 */
export function requestTabAccess(): Promise<TabAccessGrant> {
  const heldBefore = browser.permissions.contains(ALL_SITES).catch(() => false);
  const granted = browser.permissions.request(ALL_SITES).catch(() => false);
  return Promise.all([granted, heldBefore]).then(([g, h]) => ({ granted: g, heldBefore: h }));
}

/** Gives back what requestTabAccess obtained, unless the user had granted it before. */
export async function releaseTabAccess(grant: TabAccessGrant | null): Promise<void> {
  if (!grant || !grant.granted || grant.heldBefore) return;
  await browser.permissions.remove(ALL_SITES).catch(() => false);
}
