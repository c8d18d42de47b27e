import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { byRole, launchFirefoxWithExtension, type FirefoxSession } from './support/firefox';
import { serveJobPages } from './support/job-page-server';

/**
 * The Firefox build (MV3, event page, sidebar) in real Firefox ESR: the panel UI, background jobs
 * and the context menu's handler, against the loopback model.
 */
let mock: MockLlm;
let pages: Awaited<ReturnType<typeof serveJobPages>>;
let firefox: FirefoxSession;
let panel: Page;

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${String(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** The text of the job's item in the "Generation jobs" list, or '' while it is not there. */
const jobItemText = (company: string) =>
  panel.evaluate(
    (company) => [...document.querySelectorAll('[aria-label="Generation jobs"] li')].find((li) => li.textContent?.includes(company))?.textContent ?? '',
    company,
  );

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  pages = await serveJobPages();
  firefox = await launchFirefoxWithExtension();
  panel = firefox.panel;
});

afterAll(async () => {
  await firefox?.close();
  await pages?.close();
  await mock?.close();
});

describe('the Firefox build in Firefox', () => {
  it('sets up, writes a letter in the background and shows it completed in the panel', async () => {
    await byRole(panel, 'tab', 'Settings').click();
    // A password field has no role, and its name also matches its label: take the input itself.
    await panel.locator('input[type="password"]::-p-aria(Anthropic API key)').fill('sk-firefox');
    await byRole(panel, 'textbox', 'API base URL').fill(mock.url);
    await byRole(panel, 'button', 'Save settings').click();
    await waitFor(() => panel.evaluate(() => document.body.innerText), (t) => t.includes('Saved'), 10_000, '"Saved"');

    await byRole(panel, 'tab', 'Profile').click();
    await byRole(panel, 'textbox', 'Full name').fill('Zoë Łukasiewicz');
    await byRole(panel, 'textbox', 'Email').fill('zoe@example.com');
    await byRole(panel, 'textbox', 'Skills').fill('Rust\nDistributed systems');
    if ((await panel.$$('::-p-aria([name="Experience 1"][role="group"])')).length === 0) await byRole(panel, 'button', 'Add experience').click();
    await byRole(panel, 'textbox', 'Employer').fill('Gecko Works');
    await byRole(panel, 'textbox', 'Role').fill('Platform Engineer');
    await byRole(panel, 'button', 'Save profile').click();
    await waitFor(() => panel.evaluate(() => document.body.innerText), (t) => t.includes('Profile saved'), 10_000, '"Profile saved"');

    await byRole(panel, 'tab', 'Generate').click();
    await byRole(panel, 'textbox', 'Company').fill('Mozilla Mills');
    await byRole(panel, 'textbox', 'Position').fill('Senior Platform Engineer');
    await byRole(panel, 'textbox', 'Job description').fill('Mozilla Mills runs the build farm for a large open-source browser. You will own its scheduler.');
    await byRole(panel, 'button', 'Generate cover letter').click();

    const text = await waitFor(() => jobItemText('Mozilla Mills'), (t) => /Completed|Failed/.test(t), 60_000, 'the job to finish');
    expect(text).toContain('Completed');
    await byRole(panel, 'button', 'View cover letter').click();
    const letter = await waitFor(
      () => panel.evaluate(() => [...document.querySelectorAll('textarea')].map((t) => t.value).join('\n')),
      (t) => t.includes('Mozilla Mills'),
      10_000,
      'the letter',
    );
    expect(letter).toContain('Gecko Works');
  });

  it('has made its two context-menu items', async () => {
    // No API lists menu items; making one with a taken id fails, which proves the item exists.
    const duplicates = await panel.evaluate(async () => {
      const tryCreate = (id: string) =>
        new Promise<string>((resolve) => {
          try {
            browser.contextMenus.create({ id, title: 'probe', contexts: ['page'] }, () => resolve(browser.runtime.lastError?.message ?? 'created'));
          } catch (error) {
            resolve(String(error));
          }
        });
      return [await tryCreate('generate-for-page'), await tryCreate('generate-from-selection')];
    });
    for (const result of duplicates) expect(result).toMatch(/already exists|duplicate/i);
  });

  it('queues a job from a job page through the context menu’s handler', async () => {
    const url = pages.url('ashby_ramp.html');
    const tab = await firefox.browser.newPage();
    await tab.goto(url);
    const decision = await panel.evaluate(async (url) => {
      const [found] = await browser.tabs.query({ url: 'http://127.0.0.1/*' }).then((tabs) => tabs.filter((t) => t.url === url));
      // Firefox keeps MV3 backgrounds as event pages, whose globals an extension page can reach.
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { __coverLetterStudioE2E: { captureTab(id: number): Promise<unknown> } };
      return background.__coverLetterStudioE2E.captureTab(found!.id!);
    }, url);
    expect(decision).toMatchObject({ kind: 'queue', details: { company: 'Ramp', title: 'Software Engineer, Accounting' } });
    const item = await waitFor(() => jobItemText('Ramp'), (t) => /Completed|Failed/.test(t), 60_000, 'the Ramp job to finish');
    expect(item).toContain('Software Engineer, Accounting');
    expect(item).toContain('Completed');
    await tab.close();
  });
});
