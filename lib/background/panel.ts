import { browser, type Browser } from 'wxt/browser';

type SidePanelApi = { open(options: { windowId?: number; tabId?: number }): Promise<void>; setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> };
type SidebarApi = { open(): Promise<void>; toggle?(): Promise<void> };

const sidePanel = () => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebarAction = () => (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;

/**
 * Opens the panel (Chrome side panel, Firefox sidebar). Must be called synchronously inside the
 * user-gesture handler, before any await, or the browser refuses. Returns whether it opened.
 */
export function openPanelInGesture(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  try {
    const chromePanel = sidePanel();
    if (chromePanel) {
      const opening = tab?.windowId !== undefined ? chromePanel.open({ windowId: tab.windowId }) : chromePanel.open({ tabId: tab?.id });
      return opening.then(() => true, () => false);
    }
    const firefoxSidebar = sidebarAction();
    if (firefoxSidebar) return firefoxSidebar.open().then(() => true, () => false);
  } catch {
    // Outside a gesture: the caller falls back to a tab.
  }
  return Promise.resolve(false);
}

/** The toolbar button opens the panel: Chrome does it natively once told; Firefox needs a listener. */
export function wireToolbarButton(): void {
  const chromePanel = sidePanel();
  if (chromePanel) {
    void chromePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const firefoxSidebar = sidebarAction();
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener(() => void (firefoxSidebar?.toggle ?? firefoxSidebar?.open)?.call(firefoxSidebar));
}

/** Where the panel can't be opened (no gesture), the same page opens in a tab. */
export async function openPanelPage(query = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${query}`) as string });
}
