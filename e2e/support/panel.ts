/**
 * User actions on the side panel, by role and accessible name only: a spec reads like the story
 * of someone using the panel. Every helper waits for what the user would wait for (a "Saved").
 */
import type { Locator, Page } from 'playwright-core';

export type Tab = 'Generate' | 'Profile' | 'Settings';
export type StatusWord = 'Pending' | 'Paused' | 'In progress' | 'Completed' | 'Failed' | 'Cancelled';
export const STATUS_WORDS: StatusWord[] = ['Pending', 'Paused', 'In progress', 'Completed', 'Failed', 'Cancelled'];

export async function openTab(page: Page, name: Tab): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await waitFor(async () => (await tab.getAttribute('aria-selected')) === 'true', `${name} tab selected`);
}

export interface SettingsInput {
  apiKey?: string;
  baseUrl?: string;
  model?: string;
  maxConcurrentJobs?: number;
}

/** Settings tab, fills what is given, "Save settings", waits for "Saved". */
export async function saveSettings(page: Page, input: SettingsInput): Promise<void> {
  await openTab(page, 'Settings');
  if (input.apiKey !== undefined) await page.getByLabel('Anthropic API key', { exact: true }).fill(input.apiKey);
  if (input.baseUrl !== undefined) await page.getByLabel('API base URL', { exact: true }).fill(input.baseUrl);
  if (input.model !== undefined) await page.getByLabel('Model', { exact: true }).fill(input.model);
  if (input.maxConcurrentJobs !== undefined) await page.getByLabel('Max concurrent jobs', { exact: true }).fill(String(input.maxConcurrentJobs));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 10_000 });
}

/** "Test connection" on the Settings tab; returns the result text once shown. */
export async function testConnection(page: Page): Promise<string> {
  await openTab(page, 'Settings');
  await page.getByRole('button', { name: 'Test connection' }).click();
  // The result region is the status that holds a paragraph (the save status is a paragraph itself).
  const result = page.getByRole('status').filter({ has: page.locator('p') });
  await result.waitFor({ timeout: 15_000 });
  return (await result.innerText()).trim();
}

export interface ExperienceInput {
  employer: string;
  role: string;
  start: string;
  end?: string;
  description: string;
}

export interface ProfileInput {
  name: string;
  email: string;
  phone?: string;
  skills: string[];
  experience: ExperienceInput[];
}

/** Profile tab, fills the form (adding experience entries), "Save profile", waits for "Profile saved". */
export async function saveProfile(page: Page, input: ProfileInput): Promise<void> {
  await openTab(page, 'Profile');
  await page.getByLabel('Full name', { exact: true }).fill(input.name);
  await page.getByLabel('Email', { exact: true }).fill(input.email);
  if (input.phone !== undefined) await page.getByLabel('Phone', { exact: true }).fill(input.phone);
  await page.getByLabel('Skills', { exact: true }).fill(input.skills.join('\n'));
  for (const [i, entry] of input.experience.entries()) {
    const group = page.getByRole('group', { name: `Experience ${i + 1}`, exact: true });
    if ((await group.count()) === 0) await page.getByRole('button', { name: 'Add experience' }).click();
    await group.getByLabel('Employer', { exact: true }).fill(entry.employer);
    await group.getByLabel('Role', { exact: true }).fill(entry.role);
    await group.getByLabel('Start', { exact: true }).fill(entry.start);
    await group.getByLabel('End', { exact: true }).fill(entry.end ?? '');
    await group.getByLabel('Description', { exact: true }).fill(entry.description);
  }
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByRole('status').filter({ hasText: 'Profile saved' }).waitFor({ timeout: 10_000 });
}

export interface JobInput {
  company: string;
  position: string;
  description: string;
  url?: string;
  instructions?: string;
  /** "Generate in background": true unless told otherwise. */
  background?: boolean;
}

/** Generate tab, fills the job form (does not submit). */
export async function fillJob(page: Page, input: JobInput): Promise<void> {
  await openTab(page, 'Generate');
  // A letter opened from the list covers the form: go back to it, as a user would.
  const back = page.getByRole('button', { name: 'Back to jobs' });
  if (await back.isVisible()) await back.click();
  await page.getByLabel('Company', { exact: true }).fill(input.company);
  await page.getByLabel('Position', { exact: true }).fill(input.position);
  await page.getByLabel('Job description', { exact: true }).fill(input.description);
  if (input.url !== undefined) await page.getByLabel('Job URL', { exact: true }).fill(input.url);
  if (input.instructions !== undefined) await page.getByLabel('Custom instructions', { exact: true }).fill(input.instructions);
  await page.getByRole('checkbox', { name: 'Generate in background' }).setChecked(input.background ?? true);
}

/** Fills the job form and presses "Generate cover letter"; returns the job's list item. */
export async function generate(page: Page, input: JobInput): Promise<Locator> {
  await fillJob(page, input);
  await page.getByRole('button', { name: 'Generate cover letter' }).click();
  const item = jobItem(page, input.company);
  await item.waitFor({ timeout: 10_000 });
  return item;
}

/** A posting long enough to pass validation, carrying mock markers. */
export function posting(company: string, markers = ''): string {
  return `${company} builds payment infrastructure for small businesses. You will lead the design of our ledger and mentor engineers. ${markers}`.trim();
}

export function jobsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Generation jobs' });
}

/** The job's list item, found by its company (companies are unique per spec). */
export function jobItem(page: Page, company: string): Locator {
  return jobsList(page).getByRole('listitem').filter({ hasText: company });
}

/**
 * The item's text, one entry per text node. Not innerText: the list rows use
 * `content-visibility: auto`, and Chromium's innerText of a row scrolled out of view is empty,
 * although the row is still in the accessibility tree (what a screen reader reads).
 */
export function itemTexts(item: Locator): Promise<string[]> {
  return item.evaluate((el) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    return out;
  }, undefined, { timeout: 2000 });
}

export async function itemText(item: Locator): Promise<string> {
  return (await itemTexts(item)).join(' ');
}

/** The one status word a job item shows, or null when there is none or more than one. */
export async function statusOf(item: Locator): Promise<StatusWord | null> {
  const found = (await itemTexts(item)).filter((t): t is StatusWord => (STATUS_WORDS as string[]).includes(t));
  return found.length === 1 ? found[0]! : null;
}

export async function waitForStatus(item: Locator, wanted: StatusWord | StatusWord[], timeoutMs = 30_000): Promise<StatusWord> {
  const list = Array.isArray(wanted) ? wanted : [wanted];
  let last: StatusWord | null = null;
  let text = '';
  await waitFor(async () => {
    text = (await itemTexts(item)).join(' | ');
    last = await statusOf(item);
    return last !== null && list.includes(last);
  }, () => `status ${list.join('/')} (last seen: ${last}; item text: ${JSON.stringify(text)})`, timeoutMs);
  return last!;
}

/** The value of a progress bar, or null when it is not on screen. */
export async function progressValue(bar: Locator): Promise<number | null> {
  if ((await bar.count()) === 0) return null;
  const raw = await bar.first().getAttribute('aria-valuenow', { timeout: 1000 }).catch(() => null);
  return raw === null ? null : Number(raw);
}

/** Polls `check` until true (or throws with `what`). No fixed sleeps in specs. */
export async function waitFor(check: () => Promise<boolean>, what: string | (() => string), timeoutMs = 15_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The text that points at a field's problem: what aria-describedby names, when aria-invalid. */
export async function fieldProblem(field: Locator): Promise<string | null> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const page = field.page();
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText().catch(() => '')));
  return texts.join(' ').trim();
}
