/**
 * Screenshots for the README: the side panel at 400 px, light and dark, in four states (first run,
 * a running job, a finished letter, settings). Written to docs/screenshots/<name>-<scheme>.png.
 * Runs in the e2e suite so the pictures stay true to the build; asserts only that each state shows.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { generate, jobItem, openTab, posting, progressValue, saveProfile, saveSettings, waitFor, waitForStatus } from './support/panel';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

let mock: MockLlm;
let ext: ExtensionSession;
const pages = {} as Record<Scheme, Page>;

async function shoot(page: Page, name: string, scheme: Scheme, fullPage = false) {
  await page.evaluate(() => document.fonts.ready);
  // No hover styles from the last click.
  await page.mouse.move(399, 899);
  // Focus rings and the blinking caret are not part of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`), animations: 'disabled', caret: 'hide', fullPage });
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  for (const scheme of SCHEMES) pages[scheme] = await ext.openPanel({ width: 400, colorScheme: scheme });
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

describe('README screenshots at 400 px', () => {
  it('first run: the empty state', async () => {
    for (const scheme of SCHEMES) {
      const page = pages[scheme];
      await page.getByRole('heading', { name: 'Get started' }).waitFor();
      await page.getByText('No letters yet').waitFor();
      await shoot(page, 'empty', scheme);
    }
  });

  it('a running job, a finished letter, and settings', async () => {
    await saveSettings(pages.light, { apiKey: 'sk-ant-demo-key', baseUrl: mock.url });
    await saveProfile(pages.light, {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+44 20 7946 0000',
      skills: ['TypeScript', 'PostgreSQL', 'Team leadership'],
      experience: [
        { employer: 'Analytical Engines Ltd', role: 'Senior Software Engineer', start: '2019', description: 'Led the team that rebuilt the billing pipeline in TypeScript; cut invoice errors by 40%.' },
      ],
    });
    await openTab(pages.light, 'Generate');

    for (const scheme of SCHEMES) {
      const page = pages[scheme];
      const company = scheme === 'light' ? 'Babbage & Co' : 'Difference Engines';
      const item = await generate(page, {
        company,
        position: 'Staff Engineer, Payments',
        description: posting(company, '[[mock:duration=10000]]'),
        background: true,
      });
      await waitFor(async () => ((await progressValue(item.getByRole('progressbar'))) ?? 0) >= 35, 'the job to be well under way', 30_000, 100);
      // The jobs list at the top, under the sticky tab bar.
      await page.evaluate(() => {
        const heading = document.getElementById('jobs-heading');
        const bar = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
        if (heading) window.scrollTo(0, window.scrollY + heading.getBoundingClientRect().top - bar - 12);
      });
      await shoot(page, 'running', scheme);

      await waitForStatus(item, 'Completed', 30_000);
      await jobItem(page, company).getByRole('button', { name: 'View cover letter' }).click();
      const letter = page.getByRole('region', { name: 'Cover letter' });
      await letter.getByRole('textbox', { name: 'Opening paragraph' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, 'letter', scheme, true);
      await letter.getByRole('button', { name: 'Back to jobs' }).click();

      await openTab(page, 'Settings');
      await page.getByLabel('API base URL', { exact: true }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, 'settings', scheme);
      await openTab(page, 'Generate');
    }
    expect(await jobItem(pages.dark, 'Babbage & Co').count()).toBe(1);
  }, 150_000);
});
