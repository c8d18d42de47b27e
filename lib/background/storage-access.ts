import { browser } from 'wxt/browser';

/**
 * storage.local holds the API key: only the extension's own pages and worker may read it, never a
 * content script. Chrome exposes the switch (setAccessLevel); where a browser lacks it, content
 * scripts of this extension are the only ones that could read it, and ours never do.
 */
export async function restrictStorageToExtension(): Promise<boolean> {
  const local = browser.storage.local as unknown as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
