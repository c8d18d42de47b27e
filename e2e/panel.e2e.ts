/**
 * The side panel as a user drives it: the production build in headless Chromium, the model served
 * by the loopback mock. Only roles and accessible names are used to find things. One browser for
 * the whole file; the tests run in order and build on each other (the first one is a new user).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/extension-storage';
import {
  fieldProblem,
  fillJob,
  generate,
  itemText,
  jobItem,
  openTab,
  posting,
  progressValue,
  saveProfile,
  saveSettings,
  statusOf,
  testConnection,
  waitFor,
  waitForStatus,
} from './support/panel';

const KEY = 'sk-test-e2e';
const NAME = 'Grace Hopper';

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;

beforeAll(async () => {
  // Default pacing ×0.2: letters without markers stream in about half a second.
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  // Chromium calls a chrome-extension:// origin opaque for Browser.grantPermissions: grant to every origin.
  await ext.context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${ext.extensionId}` })
    .catch(() => ext.context.grantPermissions(['clipboard-read', 'clipboard-write']));
  page = await ext.openPanel({ width: 400 });
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

describe('the side panel, driven like a user', () => {
  it('a new user connects, writes a profile, generates in the background, edits and copies the letter', async () => {
    // First run: the panel says what to do first.
    await expect.poll(() => page.getByRole('heading', { name: 'Get started' }).isVisible()).toBe(true);

    await saveSettings(page, { apiKey: KEY, baseUrl: mock.url });
    expect(await testConnection(page)).toMatch(/^Connected: 3 models available/);

    await saveProfile(page, {
      name: NAME,
      email: 'grace@example.com',
      phone: '+1 555 0100',
      skills: ['COBOL', 'Compilers', 'Team leadership'],
      experience: [
        { employer: 'Remington Rand', role: 'Senior Mathematician', start: '1949', end: '1967', description: 'Built the first compiler and led the team that shipped it.' },
      ],
    });
    // The profile is stored as the user entered it.
    const [profile] = await readStore(page, 'profiles');
    expect(profile).toMatchObject({ name: NAME, email: 'grace@example.com', skills: ['COBOL', 'Compilers', 'Team leadership'] });
    expect(profile.experience[0]).toMatchObject({ employer: 'Remington Rand', role: 'Senior Mathematician', start: '1949', end: '1967' });

    const item = await generate(page, {
      company: 'Lovelace Looms',
      position: 'Staff Engineer',
      description: posting('Lovelace Looms', '[[mock:duration=6000]]'),
      url: 'https://jobs.example.com/looms',
      background: true,
    });
    // Background mode clears the form for the next posting.
    await expect.poll(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('');

    // The progress bar's value moves: two readings, the second higher.
    const bar = item.getByRole('progressbar');
    const seen: number[] = [];
    await waitFor(async () => {
      const value = await progressValue(bar);
      if (value !== null && value !== seen[seen.length - 1]) seen.push(value);
      return seen.length >= 2 && seen[seen.length - 1]! > seen[0]!;
    }, () => `the progress value to rise (seen ${seen.join(', ')})`, 20_000, 50);
    expect(await statusOf(item)).toBe('In progress');
    expect(await itemText(item)).toContain('Staff Engineer');

    await waitForStatus(item, 'Completed', 30_000);
    expect(await bar.count()).toBe(0);
    await item.getByRole('button', { name: 'View cover letter' }).click();

    const letter = page.getByRole('region', { name: 'Cover letter' });
    const opening = letter.getByRole('textbox', { name: 'Opening paragraph' });
    await opening.waitFor();
    expect(await opening.inputValue()).toContain('Lovelace Looms');

    // Edit a paragraph: marked Edited, saved, and still there after a reload.
    const addition = ' I also keep a nanosecond of wire on my desk.';
    await opening.click();
    await page.keyboard.press('ControlOrMeta+End');
    await opening.pressSequentially(addition);
    await letter.getByText('Edited', { exact: true }).waitFor();
    await letter.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 10_000 });

    await page.reload();
    await jobItem(page, 'Lovelace Looms').getByRole('button', { name: 'View cover letter' }).click();
    const reopened = page.getByRole('region', { name: 'Cover letter' }).getByRole('textbox', { name: 'Opening paragraph' });
    await reopened.waitFor();
    expect((await reopened.inputValue()).endsWith(addition)).toBe(true);
    expect(await page.getByRole('region', { name: 'Cover letter' }).getByText('Edited', { exact: true }).count()).toBeGreaterThan(0);

    // Copy puts the whole letter, with the edit, on the clipboard.
    await page.bringToFront();
    await page.getByRole('region', { name: 'Cover letter' }).getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: /^Copied$/ }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/^Dear .+,$/m);
    expect(clipboard).toContain('Lovelace Looms');
    expect(clipboard).toContain(addition.trim());
    expect(clipboard).toMatch(new RegExp(`Sincerely,\\n${NAME}\\s*$`));

    // The Generate tab, pressed while the letter is open, goes back to the form and the list.
    await page.getByRole('tab', { name: 'Generate', exact: true }).click();
    await jobItem(page, 'Lovelace Looms').getByRole('button', { name: 'View cover letter' }).waitFor();
    expect(await page.getByRole('region', { name: 'Cover letter' }).count()).toBe(0);
  });

  it('wait-for-it mode streams the letter into the panel, offers Cancel, and keeps the finished letter on screen', async () => {
    const item = await generate(page, {
      company: 'Streaming Stitchworks',
      position: 'Frontend Engineer',
      description: posting('Streaming Stitchworks', '[[mock:duration=6000]]'),
      background: false,
    });
    const letter = page.getByRole('region', { name: 'Cover letter' });
    await letter.waitFor();
    expect(await letter.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    // The form waits while the letter is written.
    expect(await page.getByRole('button', { name: 'Writing…' }).isDisabled()).toBe(true);

    // Partial text on screen while the job is still In progress.
    let partial = '';
    await waitFor(async () => {
      const text = await letter.innerText();
      const status = await statusOf(item);
      if (status !== 'In progress') return false;
      const match = /Dear [^\n]+,[\s\S]*/.exec(text);
      if (!match || match[0].split(/\s+/).length < 8) return false;
      partial = match[0];
      return true;
    }, 'streamed text while In progress', 20_000, 50);
    expect(partial).not.toContain('Sincerely');

    await waitForStatus(item, 'Completed', 30_000);
    // The same region now holds the finished, editable letter.
    const opening = letter.getByRole('textbox', { name: 'Opening paragraph' });
    await opening.waitFor();
    expect(await opening.inputValue()).toContain('Streaming Stitchworks');
    expect(await letter.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    expect(await letter.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    await letter.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Cover letter' }).count()).toBe(0);
  });

  it('cancel, a refused key with Retry after fixing it, Delete, and Clear finished', async () => {
    // Cancel a running job: Cancelled, and it stays that way (never Failed).
    const running = await generate(page, { company: 'Cancel Corp', position: 'Engineer', description: posting('Cancel Corp', '[[mock:duration=20000]]') });
    await waitForStatus(running, 'In progress');
    await running.getByRole('button', { name: 'Cancel' }).click();
    await waitForStatus(running, 'Cancelled', 10_000);
    // The run has really ended (the model's stream of 20 s was closed by the extension), and the job is still Cancelled.
    await expect.poll(() => mock.openRequests(), { timeout: 10_000 }).toBe(0);
    expect(await statusOf(running)).toBe('Cancelled');
    const cancelled = (await readStore(page, 'jobs')).find((j) => j.company === 'Cancel Corp');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', error: null });
    expect(await running.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);

    // A refused key: Failed, with the way out in the job's text.
    await saveSettings(page, { apiKey: 'sk-bad-e2e' });
    await openTab(page, 'Generate');
    const refused = await generate(page, { company: 'Keyless Ltd', position: 'Engineer', description: posting('Keyless Ltd') });
    await waitForStatus(refused, 'Failed', 20_000);
    expect(await itemText(refused)).toMatch(/API key.*Settings/);

    // Fix the key, Retry: it completes.
    await saveSettings(page, { apiKey: KEY });
    await openTab(page, 'Generate');
    await refused.getByRole('button', { name: 'Retry' }).click();
    await waitForStatus(refused, 'Completed', 20_000);

    // Delete removes a finished job (and only that one).
    const before = await readStore(page, 'jobs');
    await refused.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => refused.count()).toBe(0);
    expect((await readStore(page, 'jobs')).length).toBe(before.length - 1);

    // Clear finished, after confirming, keeps the running job.
    const stays = await generate(page, { company: 'Still Running Co', position: 'Engineer', description: posting('Still Running Co', '[[mock:duration=20000]]') });
    await waitForStatus(stays, 'In progress');
    const finishedBefore = (await readStore(page, 'jobs')).filter((j) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(j.status));
    expect(finishedBefore.length).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Clear finished' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear finished jobs?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`${finishedBefore.length} finished jobs`);
    // "Keep" backs out without deleting anything.
    await dialog.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await jobItem(page, 'Lovelace Looms').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear finished' }).click();
    await dialog.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Generation jobs' }).getByRole('listitem').count()).toBe(1);
    expect(await statusOf(stays)).toBe('In progress');
    expect(await page.getByRole('button', { name: 'Clear finished' }).isDisabled()).toBe(true);
    expect((await readStore(page, 'jobs')).map((j) => j.company)).toEqual(['Still Running Co']);

    await stays.getByRole('button', { name: 'Cancel' }).click();
    await waitForStatus(stays, 'Cancelled', 10_000);
  });

  it('two open panels show the same job live, without a reload', async () => {
    const second = await ext.openPanel({ width: 400 });
    try {
      await second.getByRole('list', { name: 'Generation jobs' }).waitFor();
      const first = await generate(page, { company: 'Twin Panels', position: 'Engineer', description: posting('Twin Panels', '[[mock:duration=5000]]') });
      const other = jobItem(second, 'Twin Panels');
      await other.waitFor({ timeout: 10_000 });
      await waitFor(
        async () => (await first.getByRole('progressbar').count()) === 1 && (await other.getByRole('progressbar').count()) === 1,
        'a progress bar in both panels',
        15_000,
        50,
      );
      await Promise.all([waitForStatus(first, 'Completed', 30_000), waitForStatus(other, 'Completed', 30_000)]);
      expect(await other.getByRole('button', { name: 'View cover letter' }).isVisible()).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('a job finishes in the open panel after the service worker is stopped in the middle of it', async () => {
    const item = await generate(page, { company: 'Interrupted Inc', position: 'Engineer', description: posting('Interrupted Inc', '[[mock:duration=8000]]') });
    await waitFor(async () => ((await progressValue(item.getByRole('progressbar'))) ?? 0) > 5, 'some progress', 20_000, 100);
    await ext.stopServiceWorker();
    // Nobody touches the panel: the watchdog alarm and the lease bring the job back.
    await waitForStatus(item, 'Completed', 150_000);
    const job = (await readStore(page, 'jobs')).find((j) => j.company === 'Interrupted Inc');
    expect(job).toMatchObject({ status: 'COMPLETED', attempts: 2 });
    expect(job.history[0].outcome).toBe('interrupted');
  }, 180_000);

  it('invalid input is refused with a message at the field; a 2 MB paste keeps the panel responsive', async () => {
    const company = page.getByLabel('Company', { exact: true });
    const description = page.getByLabel('Job description', { exact: true });
    const submit = page.getByRole('button', { name: 'Generate cover letter' });
    const jobsBefore = (await readStore(page, 'jobs')).length;

    await fillJob(page, { company: '', position: 'Engineer', description: posting('Nobody') });
    await submit.click();
    // The form's checks load on first use: the message follows the click, not at once.
    await expect.poll(() => fieldProblem(company)).toMatch(/Add the company/);
    await expect.poll(() => company.evaluate((el) => el === document.activeElement)).toBe(true);

    await fillJob(page, { company: 'Tiny Posting Co', position: 'Engineer', description: 'Short' });
    await submit.click();
    await expect.poll(() => fieldProblem(description)).toMatch(/at least 30 characters/);
    expect(await fieldProblem(company)).toBeNull();

    // 2,000,000 characters pasted (a real paste, through the clipboard).
    const big = 'Responsibilities include ledgers. '.repeat(60_000).slice(0, 2_000_000);
    await page.evaluate((text) => navigator.clipboard.writeText(text), big);
    await description.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    // The panel still takes the next click: focus moves to the field clicked. (How fast is for the bench.)
    const position = page.getByLabel('Position', { exact: true });
    await position.click();
    await expect.poll(() => position.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await description.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(20_000);
    const described = await description.getAttribute('aria-describedby');
    const notes = await Promise.all((described ?? '').split(' ').map((id) => page.locator(`[id="${id}"]`).innerText().catch(() => '')));
    expect(notes.join(' ')).toMatch(/cut to 20,000 characters \(it had 2,000,000\)/);
    expect(notes.join(' ')).toContain('20,000/20,000');

    // The same through fill(): the field takes 20,000 and says so; the next click still works at once.
    await description.fill('');
    await description.fill(big);
    await company.click();
    await expect.poll(() => company.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await description.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(20_000);
    expect(await page.getByRole('status').filter({ hasText: /20,000-character limit/ }).count()).toBe(1);
    // Nothing was queued by the refused submissions.
    expect((await readStore(page, 'jobs')).length).toBe(jobsBefore);

    // Profile: an invalid email.
    await openTab(page, 'Profile');
    const email = page.getByLabel('Email', { exact: true });
    await email.fill('grace-at-example');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => fieldProblem(email)).toMatch(/email/i);
    const [stored] = await readStore(page, 'profiles');
    expect(stored.email).toBe('grace@example.com');
  });
});
