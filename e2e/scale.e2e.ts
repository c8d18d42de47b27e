/**
 * A year of applications: 1,000 finished jobs, each with its letter, brought in the way a user
 * would (a backup file through "Import data"). The jobs list keeps only the rows near the viewport
 * in the DOM; scrolling to its bottom reaches the oldest job, whose letter opens; "Search jobs"
 * narrows the list; the keyboard reaches a row that was not rendered. Production build, real Chromium.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenerationJob } from '../lib/jobs/new-job';
import type { CoverLetter, GenerationJob } from '../lib/schema';
import { launchExtension, type ExtensionSession } from './support/extension';
import { jobWith, sampleProfile } from './support/fixtures';
import { itemText, jobItem, jobsList, openTab, waitFor } from './support/panel';

const COUNT = 1000;
const OLDEST = 'Zéphyr Observatory';
const OLDEST_LINE = 'Your telescopes on the ridge are why I want to build the software that points them.';
const POSITIONS = ['Staff Engineer', 'Product Designer', 'Data Analyst'];

let ext: ExtensionSession;
let page: Page;

/** Job `i` of the backup: 0 is the newest, COUNT - 1 the oldest (a minute apart). */
function finishedJob(i: number, now: number): { job: GenerationJob; letter: CoverLetter } {
  const oldest = i === COUNT - 1;
  // Every seventh name is long enough to wrap: cards of different heights, as in real lists.
  const company = oldest ? OLDEST : `Firm ${String(i + 1).padStart(4, '0')}${i % 7 === 3 ? ' Holdings International Consolidated Engineering and Logistics' : ''}`;
  const base = createGenerationJob({ profile: sampleProfile(), job: jobWith(company, '', POSITIONS[i % POSITIONS.length]) }, now - (i + 1) * 60_000);
  const letter: CoverLetter = {
    id: `letter-${base.id}`,
    jobId: base.id,
    profileId: base.profileId,
    company,
    position: base.position,
    addressee: 'Hiring Team',
    opening: oldest ? OLDEST_LINE : `I am writing to apply for the ${base.position} role at ${company}.`,
    aboutMe: 'For six years I have built billing and ledger systems in TypeScript and PostgreSQL.',
    whyMe: 'I led the rebuild of a billing pipeline that cut invoice errors by 40%.',
    whyCompany: `${company} builds things I care about.`,
    model: 'claude-sonnet-5-5',
    usage: { inputTokens: 900, outputTokens: 320 },
    findings: [],
    editedParts: [],
    generatedAt: base.createdAt + 20_000,
    editedAt: null,
    language: 'en',
    versions: [],
  };
  const job: GenerationJob = {
    ...base,
    status: 'COMPLETED',
    startedAt: base.createdAt + 1000,
    completedAt: base.createdAt + 20_000,
    coverLetterId: letter.id,
    progress: 100,
    currentStep: 'Done',
    attempts: 1,
    usage: letter.usage,
  };
  return { job, letter };
}

/** A file as "Export all data" writes it. The records have the shape of database version 4; an import upgrades them. */
function backupFile(): Buffer {
  const now = Date.now();
  const pairs = Array.from({ length: COUNT }, (_, i) => finishedJob(i, now));
  const backup = {
    format: 'cover-letter-studio-backup',
    version: 1,
    dbVersion: 4,
    exportedAt: now,
    data: { profiles: [sampleProfile()], jobs: pairs.map((p) => p.job), letters: pairs.map((p) => p.letter), settings: {}, activeProfileId: sampleProfile().id },
  };
  return Buffer.from(JSON.stringify(backup));
}

const rowCount = () => jobsList(page).getByRole('listitem').count();
const countText = () => page.getByText(/^\d[\d,]* (of [\d,]+ )?jobs?$/).innerText();

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openPanel({ width: 400 });
  await openTab(page, 'Settings');
  await page.getByLabel('Import data').setInputFiles({ name: 'year-of-applications.json', mimeType: 'application/json', buffer: backupFile() });
  await page.getByRole('status').filter({ hasText: /Imported 1 profile, 1000 jobs and 1000 letters/ }).waitFor({ timeout: 60_000 });
  await openTab(page, 'Generate');
  await jobItem(page, 'Firm 0001').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await ext?.close();
});

describe('a thousand jobs in the panel', () => {
  it('renders only the rows near the viewport, each numbered within the whole list', async () => {
    expect(await countText()).toBe('1,000 jobs');
    const rows = await rowCount();
    console.log(`job cards in the DOM with ${COUNT} jobs: ${rows}`);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(60);
    const first = jobsList(page).getByRole('listitem').first();
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await first.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(await itemText(first)).toContain('Firm 0001');
  });

  it('scrolling to the bottom reaches the oldest job, and "View cover letter" opens its letter', async () => {
    const oldest = jobItem(page, OLDEST);
    await jobsList(page).hover();
    await waitFor(
      async () => {
        await page.mouse.wheel(0, 20_000);
        return (await oldest.count()) === 1 && (await oldest.isVisible());
      },
      'the oldest job in view after scrolling down',
      60_000,
      50,
    );
    expect(await oldest.getAttribute('aria-posinset')).toBe(String(COUNT));
    expect(await rowCount()).toBeLessThan(60);
    expect(await jobItem(page, 'Firm 0001').count()).toBe(0);

    await oldest.getByRole('button', { name: 'View cover letter' }).click();
    const letter = page.getByRole('region', { name: 'Cover letter' });
    await letter.getByRole('heading', { name: OLDEST }).waitFor();
    const opening = letter.getByRole('textbox', { name: 'Opening paragraph' });
    await expect.poll(() => opening.inputValue()).toBe(OLDEST_LINE);

    // Back to the list: the row it came from is still there, with focus on its button.
    await letter.getByRole('button', { name: 'Back to jobs' }).click();
    await expect
      .poll(() => page.evaluate(() => [document.activeElement?.textContent?.trim(), document.activeElement?.closest('li')?.getAttribute('aria-posinset')]))
      .toEqual(['View cover letter', String(COUNT)]);
  });

  it('"Search jobs" narrows the list as the user types, ignoring accents', async () => {
    const search = page.getByLabel('Search jobs');
    await search.fill('zephyr');
    await expect.poll(rowCount).toBe(1);
    expect(await itemText(jobsList(page).getByRole('listitem'))).toContain(OLDEST);
    expect(await countText()).toBe('1 of 1,000 jobs');

    await search.fill('Designer');
    await expect.poll(countText).toBe('333 of 1,000 jobs');
    expect(await rowCount()).toBeLessThan(60);
    expect(await jobsList(page).getByRole('listitem').first().getAttribute('aria-setsize')).toBe('333');

    await search.fill('no such company');
    await page.getByText('No jobs match “no such company”.').waitFor();
    await page.getByRole('button', { name: 'Show all jobs' }).click();
    await expect.poll(countText).toBe('1,000 jobs');
  });

  it('End on a row moves focus to the oldest job, which was not rendered, and scrolls it into view', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstButton = jobItem(page, 'Firm 0001').getByRole('button', { name: 'View cover letter' });
    await firstButton.focus();
    expect(await jobItem(page, OLDEST).count()).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).toBe(String(COUNT));
    // In view: inside the viewport, not only in the DOM.
    await expect.poll(() => page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await itemText(jobItem(page, OLDEST))).toContain(OLDEST);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Firm 0999');
    // Tab goes into the row's own controls.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('View cover letter');
  });

  it('Tab walks through the cards\' buttons in order, past the rows first rendered', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await jobItem(page, 'Firm 0001').getByRole('button', { name: 'View cover letter' }).focus();
    const initiallyRendered = await rowCount();
    const visited: number[] = [];
    for (let i = 0; i < 3 * (initiallyRendered + 5); i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => Number(document.activeElement?.closest('li[aria-posinset]')?.getAttribute('aria-posinset') ?? 0)));
    }
    // Every row in turn (three controls each: View cover letter, Delete, Export), none skipped.
    const rows = [...new Set(visited)];
    expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.length).toBeGreaterThan(initiallyRendered + 3);
    expect(await rowCount()).toBeLessThan(60);
  });

  it('fits a 320 px panel in the dark theme without sideways scrolling', async () => {
    const narrow = await ext.openPanel({ width: 320, colorScheme: 'dark' });
    await jobItem(narrow, 'Firm 0001').waitFor({ timeout: 30_000 });
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await narrow.getByLabel('Search jobs').isVisible()).toBe(true);
    await narrow.close();
  });
});
