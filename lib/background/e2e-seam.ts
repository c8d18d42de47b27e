import { browser } from 'wxt/browser';
import type { JobEngine } from '../jobs/engine';
import { fillTab, requestFill, type FillRequest } from './apply-service';
import { captureTab } from './capture-service';

/**
 * Only in `wxt build --mode e2e` (never in the store build): lets Playwright call the very handler
 * the context menu and the shortcut call, since it cannot click native menus or press
 * extension shortcuts.
 */
export function exposeE2eSeam(engine: JobEngine): void {
  // Firefox's WebDriver BiDi may not navigate to extension pages, but it can drive one that is open.
  if (import.meta.env.FIREFOX) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  (globalThis as Record<string, unknown>).__coverLetterStudioE2E = {
    captureTab: async (tabId: number, selectionText?: string) => captureTab(engine, await browser.tabs.get(tabId), selectionText),
    // The handler behind "Fill cover letter here" and "Fill on page".
    fillTab: (request: FillRequest) => fillTab(request),
    // What the context-menu click does (the panel is open already, as a tab).
    requestFill: async (tabId: number, info: { frameId?: number; editable?: boolean } = {}) =>
      requestFill(await browser.tabs.get(tabId), info, Promise.resolve(true)),
  };
}
