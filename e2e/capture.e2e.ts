import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { E2E_EXTENSION_DIR, EXTENSION_DIR, launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { serveJobPages } from './support/job-page-server';

/**
 * The context menu and the shortcut call one handler (captureTab). Playwright cannot click native
 * menus or press extension shortcuts, so this spec calls that handler through the seam that only
 * `wxt build --mode e2e` contains.
 */
let mock: MockLlm;
let pages: Awaited<ReturnType<typeof serveJobPages>>;
let ext: ExtensionSession;
let panel: Page;
let worker: Worker;

async function createProfileInPanel(page: Page) {
  await page.getByRole('tab', { name: 'Profile' }).click();
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Skills').fill('TypeScript\nPostgreSQL');
  const experience = page.getByRole('group', { name: 'Experience 1' });
  if ((await experience.count()) === 0) await page.getByRole('button', { name: 'Add experience' }).click();
  await experience.getByLabel('Employer').fill('Analytical Engines Ltd');
  await experience.getByLabel('Role').fill('Senior Software Engineer');
  await experience.getByLabel('Description').fill('Rebuilt the billing pipeline in TypeScript.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('Profile saved').waitFor();
  await page.getByRole('tab', { name: 'Generate' }).click();
}

/** Calls the context menu's handler for the tab showing `url`. */
function captureTabShowing(url: string, selectionText?: string) {
  return worker.evaluate(
    async ({ url, selectionText }) => {
      const tabs = await chrome.tabs.query({});
      // The browser hides the address of its own pages from extensions: find those by title.
      const tab = tabs.find((t) => t.url === url) ?? tabs.find((t) => url.startsWith('chrome://') && !t.url);
      if (!tab?.id) throw new Error(`No tab shows ${url}`);
      return (globalThis as any).__coverLetterStudioE2E.captureTab(tab.id, selectionText);
    },
    { url, selectionText },
  );
}

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.3 });
  pages = await serveJobPages();
  ext = await launchExtension({ extensionDir: E2E_EXTENSION_DIR });
  worker = await ext.serviceWorker();
  panel = await ext.openPanel();
  await setSettings(panel, { apiKey: 'sk-test-capture', baseUrl: mock.url, notifications: true });
  await createProfileInPanel(panel);
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await mock?.close();
});

describe('capture from the page the user is reading', () => {
  it('keeps the seam out of the store build', () => {
    expect(readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8')).not.toContain('__coverLetterStudioE2E');
    expect(readFileSync(path.join(E2E_EXTENSION_DIR, 'background.js'), 'utf8')).toContain('__coverLetterStudioE2E');
  });

  it('has made its two context-menu items', async () => {
    // No API lists menu items; updating one that does not exist fails, and an update changes nothing.
    // Polled: the items are made by the worker's onInstalled, which may still be running.
    const missing = () =>
      panel.evaluate(async () => {
        const exists = (id: string) => chrome.contextMenus.update(id, {}).then(() => true, () => false);
        const ids = ['generate-for-page', 'generate-from-selection', 'fill-cover-letter'];
        const found = await Promise.all(ids.map(exists));
        return ids.filter((_, i) => !found[i]);
      });
    await expect.poll(missing, { timeout: 15_000 }).toEqual([]);
  });

  it('queues a job with the page’s company and title, completes it and notifies', async () => {
    const url = pages.url('ashby_ramp.html');
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const decision = await captureTabShowing(url);
    expect(decision).toMatchObject({ kind: 'queue', details: { company: 'Ramp', title: 'Software Engineer, Accounting', source: 'page' } });

    const item = panel.getByRole('list', { name: 'Generation jobs' }).getByRole('listitem').filter({ hasText: 'Ramp' });
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain('Software Engineer, Accounting');
    const job = await waitForJob(panel, decision.jobId, ['COMPLETED', 'FAILED'], 60_000);
    expect(job.status).toBe('COMPLETED');
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain('Completed');
    const notifications = await worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toContain(`job:${decision.jobId}`);
    // The panel said where the job came from.
    await expect.poll(() => panel.getByText('Added from the page').count()).toBe(1);
    await tab.close();
  });

  it('uses the selected text as the description', async () => {
    const url = pages.url('lever_coupa.html');
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const selection = 'Lead the DevOps team that runs our procurement platform on Kubernetes and AWS, across three regions.';
    const decision = await captureTabShowing(url, selection);
    expect(decision, JSON.stringify(decision)).toMatchObject({ kind: 'queue', details: { description: selection, source: 'selection' } });
    expect(decision.details.company).toMatch(/Coupa/);
    const stored = (await readStore(panel, 'jobs')).find((j) => j.id === decision.jobId);
    expect(stored.job.description).toBe(selection);
    await tab.close();
  });

  it('finds the job postings among the open tabs and queues one letter per chosen tab', async () => {
    const postings = [pages.url('workable_huggingface.html'), pages.url('lever_dlocal.html')] as const;
    const other = pages.url('not-job-news-article.html');
    const tabs = await Promise.all([...postings, other].map(async (url) => {
      const tab = await ext.context.newPage();
      await tab.goto(url);
      return tab;
    }));
    const found = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'FIND_JOB_TABS' }));
    expect(found.success).toBe(true);
    const byUrl = new Map<string, any>(found.tabs.map((t: any) => [t.url, t]));
    expect(byUrl.get(postings[0])).toMatchObject({ looksLikeJob: true, company: 'Hugging Face' });
    expect(byUrl.get(postings[1])).toMatchObject({ looksLikeJob: true, company: expect.stringMatching(/dLocal/i) });
    expect(byUrl.get(other)).toMatchObject({ looksLikeJob: false });

    const tabIds = postings.map((url) => byUrl.get(url).tabId);
    const queued = await panel.evaluate((ids) => chrome.runtime.sendMessage({ type: 'QUEUE_FROM_TABS', tabIds: ids }), tabIds);
    expect(queued.results).toHaveLength(2);
    expect(queued.results.every((r: any) => r.jobId)).toBe(true);
    const list = panel.getByRole('list', { name: 'Generation jobs' });
    await expect.poll(() => list.getByRole('listitem').filter({ hasText: 'Hugging Face' }).count()).toBe(1);
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('opens the form with a clear message on a page the browser does not let it read', async () => {
    const tab = await ext.context.newPage();
    await tab.goto('chrome://version');
    const decision = await captureTabShowing('chrome://version/');
    expect(decision.kind).toBe('form');
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'can’t read the browser’s own pages' }).count()).toBe(1);
    await tab.close();
  });

  it('pre-fills the form and says what to add when the page names no company', async () => {
    const url = pages.url('readability-anonymous-board.html');
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const decision = await captureTabShowing(url);
    expect(decision.kind).toBe('form');
    await expect.poll(() => panel.getByLabel('Position').inputValue()).toContain('Bookkeeper');
    expect(await panel.getByLabel('Company').inputValue()).toBe('');
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'company' }).count()).toBeGreaterThan(0);
    await tab.close();
  });
});
