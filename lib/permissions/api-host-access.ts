import { browser } from 'wxt/browser';
import { originPattern } from '../schema/base-url';

/** The API host granted at install (manifest host_permissions): never asked for, never removed. */
export const INSTALL_HOSTS = ['https://api.anthropic.com/*'];

/** Wildcards granted for other reasons ("Generate for open tabs"): not an API address's to remove. */
const WILDCARD = /^[a-z]+:\/\/\*[./]/;

function patternFor(baseUrl: string): string | null {
  try {
    return originPattern(baseUrl);
  } catch {
    return null; // validation reports the address itself
  }
}

/**
 * Asks for access to the API server the user chose (a proxy, a local Ollama). Must be called
 * synchronously from a click handler, before any await: browsers only show the prompt during a
 * user gesture. Resolves to null when access is held, or to a message saying it is not: a refusal
 * or a failed request is reported, never taken for a grant.
 */
export function requestApiHostAccess(baseUrl: string): Promise<string | null> {
  const pattern = patternFor(baseUrl);
  if (!pattern || INSTALL_HOSTS.includes(pattern)) return Promise.resolve(null);
  const host = pattern.replace(/\/\*$/, '');
  const refused = `Access to ${host} was not allowed, so the extension cannot reach that server. Press Save settings again and choose Allow when the browser asks.`;
  try {
    return browser.permissions.request({ origins: [pattern] }).then(
      (granted) => (granted ? null : refused),
      (error: unknown) => `The browser did not grant access to ${host} (${error instanceof Error ? error.message : String(error)}). The extension cannot reach that server.`,
    );
  } catch (error) {
    return Promise.resolve(`The browser did not grant access to ${host} (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Removes host access granted for API addresses the user no longer uses. Leaves the install-time
 * host, the current address's host and wildcard grants alone. Returns what was removed.
 */
export async function releaseUnusedApiHosts(currentBaseUrl: string): Promise<string[]> {
  const keep = new Set([...INSTALL_HOSTS, patternFor(currentBaseUrl)]);
  const { origins = [] } = await browser.permissions.getAll();
  const unused = origins.filter((origin) => !keep.has(origin) && !WILDCARD.test(origin));
  if (unused.length === 0) return [];
  const removed = await browser.permissions.remove({ origins: unused }).catch(() => false);
  return removed ? unused : [];
}
