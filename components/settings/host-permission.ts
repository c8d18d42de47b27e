import { browser } from 'wxt/browser';

/** Origins the manifest grants at install: no prompt needed. */
const GRANTED = [/^https:\/\/api\.anthropic\.com$/, /^http:\/\/localhost(:\d+)?$/, /^http:\/\/127\.0\.0\.1(:\d+)?$/];

/**
 * Asks for access to another API server (a proxy, a remote Ollama). Must be called synchronously
 * from a click handler, before any await: browsers only show the prompt during a user gesture.
 * Resolves to an error message, or null when access is granted (or not needed).
 */
export function requestHostPermission(baseUrl: string): Promise<string | null> {
  let origin: string;
  try {
    origin = new URL(baseUrl.trim()).origin;
  } catch {
    return Promise.resolve(null); // validation reports the address itself
  }
  if (GRANTED.some((re) => re.test(origin))) return Promise.resolve(null);
  try {
    return browser.permissions.request({ origins: [`${origin}/*`] }).then(
      (granted) => (granted ? null : `Access to ${origin} was not allowed. Allow it when asked, or the extension cannot reach that server.`),
      () => null,
    );
  } catch {
    return Promise.resolve(null);
  }
}
