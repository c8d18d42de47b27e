import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The store build: what users install. Specs check its manifest and that it has no seam. */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. Playwright's own browsers cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens the side panel's page in a tab, at the width of a side panel. */
  openPanel(options?: { width?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  serviceWorker(): Promise<Worker>;
  /** Stops the extension's service worker the way Chrome does when it is idle. */
  stopServiceWorker(): Promise<void>;
  /** Stores a job and starts it through the e2e seam, as the panel's form does. Returns its id. */
  queueJob(input: { profile: unknown; job: unknown; config?: unknown }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The same production build plus the e2e seam (`wxt build --mode e2e`): the handler behind the
 * context menu, a way to queue jobs without typing, and the loopback hosts granted in the manifest
 * (headless Chromium shows no permission prompt to answer). User flows run here by default.
 */
export const E2E_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export async function launchExtension(options: { extensionDir?: string } = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run "npm run test:e2e" (it builds both) or "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'cls-e2e-'));
  const args = [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--no-first-run',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new above: the old headless mode cannot load extensions
    args,
    viewport: { width: 420, height: 900 },
  });

  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
  };
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    async openPanel(options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 420, height: 900 });
      if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    async queueJob(input) {
      const sw = await serviceWorker();
      return sw.evaluate(
        (i) => (globalThis as unknown as { __coverLetterStudioE2E: { queueJob(x: unknown): Promise<string> } }).__coverLetterStudioE2E.queueJob(i),
        input,
      );
    },
    async stopServiceWorker() {
      const cdp = await context.browser()?.newBrowserCDPSession();
      if (!cdp) {
        // A persistent context has no Browser object: reach the browser target through a page.
        const page = context.pages()[0] ?? (await context.newPage());
        const session = await context.newCDPSession(page);
        await closeWorkerTargets(session as never, extensionId);
        return;
      }
      await closeWorkerTargets(cdp as never, extensionId);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface CdpSession {
  send(method: string, params?: object): Promise<any>;
}

async function closeWorkerTargets(session: CdpSession, extensionId: string): Promise<void> {
  const { targetInfos } = await session.send('Target.getTargets');
  const workers = targetInfos.filter(
    (t: { type: string; url: string }) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (workers.length === 0) throw new Error('The extension has no running service worker to stop.');
  for (const target of workers) await session.send('Target.closeTarget', { targetId: target.targetId });
}
