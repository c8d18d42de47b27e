import { browser } from 'wxt/browser';
import { isLoopbackHost } from '../schema/base-url';

/** The one session rule this module owns. */
export const ORIGIN_RULE_ID = 1;

interface OriginRule {
  id: number;
  priority: number;
  action: { type: 'modifyHeaders'; requestHeaders: Array<{ header: string; operation: 'remove' }> };
  condition: { urlFilter: string; resourceTypes: Array<'xmlhttprequest' | 'other'>; initiatorDomains: string[] };
}

/**
 * A stock Ollama answers 403 to any request carrying a browser extension's Origin unless the user
 * set OLLAMA_ORIGINS. For the configured loopback server only, and only for requests this extension
 * makes, the Origin header is dropped (as a command-line client sends none). Web pages' requests
 * to the same server keep their Origin, so Ollama's protection against websites stays intact.
 */
export function originRuleFor(baseUrl: string, extensionHost: string): OriginRule | null {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!isLoopbackHost(url.hostname)) return null;
  return {
    id: ORIGIN_RULE_ID,
    priority: 1,
    action: { type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] },
    condition: { urlFilter: `|${url.protocol}//${url.host}/`, resourceTypes: ['xmlhttprequest', 'other'], initiatorDomains: [extensionHost] },
  };
}

/** Puts the rule in place for the address in use (or removes it). Where the browser has no such API, the 403 message explains OLLAMA_ORIGINS instead. */
export async function syncOriginRule(baseUrl: string): Promise<boolean> {
  const dnr = (browser as unknown as { declarativeNetRequest?: { updateSessionRules?: (u: unknown) => Promise<void> } }).declarativeNetRequest;
  if (!dnr?.updateSessionRules) return false;
  const rule = originRuleFor(baseUrl, new URL(browser.runtime.getURL('/')).hostname);
  try {
    await dnr.updateSessionRules({ removeRuleIds: [ORIGIN_RULE_ID], addRules: rule ? [rule] : [] });
    return rule !== null;
  } catch (error) {
    console.warn('Could not set the local-server origin rule', error);
    return false;
  }
}

/** Keeps the rule on the address in Settings, now and whenever it changes. */
export function keepOriginRuleInSync(load: () => Promise<{ baseUrl: string }>, watch: (callback: (s: { baseUrl: string }) => void) => () => void): void {
  void load().then((s) => syncOriginRule(s.baseUrl));
  watch((s) => void syncOriginRule(s.baseUrl));
}
