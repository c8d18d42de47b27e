/**
 * Pages an extension may not script, whatever its permissions. The message says why and what to do.
 */
const BROWSER_SCHEMES = ['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'chrome-extension:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'resource:'];
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

export const UNREADABLE_PAGE_MESSAGES = {
  none: 'There is no page to read in this tab. Open the job posting, then try again.',
  browser: 'Cover Letter Studio can’t read the browser’s own pages. Open the job posting itself, or paste its text into the form.',
  store: 'Browsers don’t let extensions read their add-on store. Open the job posting itself, or paste its text into the form.',
  pdf: 'This is a PDF in the browser’s viewer, which extensions can’t read. Copy the posting’s text into the Job description field.',
  file: 'Local files can’t be read unless you allow file access for the extension. Paste the posting’s text into the form instead.',
  loading: 'The page is still loading. Wait until it has finished, then try again.',
} as const;

/**
 * `url` is what the browser tells the extension about the tab. Even with activeTab it hides the
 * address of its own pages, so a tab without one is treated as a browser page.
 */
export function unreadablePageReason(url: string | undefined, tabExists = false): string | null {
  if (!url) return tabExists ? UNREADABLE_PAGE_MESSAGES.browser : UNREADABLE_PAGE_MESSAGES.none;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return UNREADABLE_PAGE_MESSAGES.none;
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return UNREADABLE_PAGE_MESSAGES.browser;
  if (STORE_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return UNREADABLE_PAGE_MESSAGES.store;
  }
  if (/\.pdf$/i.test(parsed.pathname)) return UNREADABLE_PAGE_MESSAGES.pdf;
  if (parsed.protocol === 'file:') return UNREADABLE_PAGE_MESSAGES.file;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return UNREADABLE_PAGE_MESSAGES.browser;
  return null;
}
