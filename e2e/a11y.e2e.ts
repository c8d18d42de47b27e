/**
 * Accessibility of every view of the side panel, in the production build (with the e2e seam) in
 * real Chromium: axe-core finds 0 violations in the light and the dark theme, and at 400 px a
 * running job's progress is on screen without scrolling past the form.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { jobWith } from './support/fixtures';
import { jobItem, openTab, saveProfile, waitFor } from './support/panel';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;
let runningId: string;
/** What axe found on the first-run view (no key, no profile, no jobs), in both themes. */
const firstRun: string[] = [];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is. Injected with `evaluate`, not a script tag: the extension
 * page's CSP allows no inline script, and CDP evaluation is not bound by it.
 */
async function violations(view: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return found.flatMap((v) => v.nodes.map((n) => `${view}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
}

/** Every view, as a user reaches it, checked in both themes. */
async function checkAllViews(): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openTab(page, 'Generate');
    await jobItem(page, 'Failing Fabrics').waitFor();
    problems.push(...(await violations(`Generate (${scheme})`)));

    // Everything folded away, unfolded.
    await page.getByRole('button', { name: 'Instructions for each part' }).click();
    await page.getByText('Export several letters').click();
    await jobItem(page, 'Babbage & Co').locator('summary').click();
    await page.getByRole('group', { name: 'Download formats for Babbage & Co' }).waitFor();
    problems.push(...(await violations(`Generate unfolded (${scheme})`)));

    // Messages at the fields: an empty form submitted.
    await page.getByRole('button', { name: 'Generate cover letter' }).click();
    await waitFor(async () => (await page.getByLabel('Company', { exact: true }).getAttribute('aria-invalid')) === 'true', 'the company marked invalid');
    problems.push(...(await violations(`Generate with errors (${scheme})`)));

    await page.getByRole('button', { name: 'Clear finished' }).click();
    await page.getByRole('dialog').waitFor();
    problems.push(...(await violations(`Clear finished dialog (${scheme})`)));
    await page.getByRole('dialog').getByRole('button', { name: 'Keep' }).click();

    await page.getByRole('button', { name: 'Applications', exact: true }).click();
    problems.push(...(await violations(`Applications (${scheme})`)));
    await page.getByRole('button', { name: 'Applications', exact: true }).click();

    await jobItem(page, 'Babbage & Co').getByRole('button', { name: 'View cover letter' }).click();
    await page.getByRole('region', { name: 'Cover letter' }).getByRole('textbox', { name: 'Opening paragraph' }).waitFor();
    problems.push(...(await violations(`Letter (${scheme})`)));
    const sources = page.getByRole('button', { name: 'Show sources' });
    await sources.click();
    await page.getByRole('list', { name: 'Sources for each claim' }).waitFor();
    problems.push(...(await violations(`Letter with sources (${scheme})`)));
    await sources.click();
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await page.getByRole('button', { name: 'Write new version' }).waitFor();
    problems.push(...(await violations(`Letter, regenerate form (${scheme})`)));
    await page.getByRole('button', { name: 'Back to jobs' }).click();

    await jobItem(page, 'Unfixed Umbrellas').getByRole('button', { name: 'View cover letter' }).click();
    await page.getByRole('group', { name: 'Check before sending' }).waitFor();
    problems.push(...(await violations(`Letter with findings (${scheme})`)));
    await page.getByRole('button', { name: 'Back to jobs' }).click();

    await openTab(page, 'Profile');
    await page.getByLabel('Full name', { exact: true }).waitFor();
    problems.push(...(await violations(`Profile (${scheme})`)));
    await page.getByLabel('Email', { exact: true }).fill('ada@');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await waitFor(async () => (await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')) === 'true', 'the email marked invalid');
    problems.push(...(await violations(`Profile with errors (${scheme})`)));
    await page.getByLabel('Email', { exact: true }).fill('ada@example.com');

    await openTab(page, 'Settings');
    await page.getByLabel('API base URL', { exact: true }).waitFor();
    problems.push(...(await violations(`Settings (${scheme})`)));
  }
  return problems;
}

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  page = await ext.openPanel({ width: 400 });
  await page.getByRole('heading', { name: 'Get started' }).waitFor();
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    firstRun.push(...(await violations(`First run (${scheme})`)));
  }
  // One job at a time, so a queued job stays queued behind the running one; findings stay shown.
  await setSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 1, fixProblemsAutomatically: false });
  await saveProfile(page, {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    skills: ['TypeScript', 'PostgreSQL'],
    experience: [{ employer: 'Analytical Engines Ltd', role: 'Senior Software Engineer', start: '2019', description: 'Rebuilt the billing pipeline in TypeScript.' }],
  });
  const [stored] = await readStore(page, 'profiles');
  const queue = (company: string, markers = '') => ext.queueJob({ profile: stored, job: jobWith(company, markers) });
  const done = await queue('Babbage & Co');
  const failed = await queue('Failing Fabrics', '[[mock:status=401]]');
  const flawed = await queue('Unfixed Umbrellas', '[[mock:flaw=placeholder,company]]');
  await waitForJob(page, done, ['COMPLETED'], 60_000);
  await waitForJob(page, failed, ['FAILED'], 60_000);
  await waitForJob(page, flawed, ['COMPLETED'], 60_000);
  // Runs through the whole spec; the next two wait behind it, and one of them is cancelled.
  runningId = await queue('Lovelace Looms', '[[mock:duration=170000]]');
  await waitForJob(page, runningId, ['IN_PROGRESS'], 30_000);
  await queue('Patient Pottery');
  const cancelled = await queue('Cancelled Candles');
  await openTab(page, 'Generate');
  await jobItem(page, 'Cancelled Candles').getByRole('button', { name: 'Cancel' }).click();
  await waitForJob(page, cancelled, ['CANCELLED'], 10_000);
  await openTab(page, 'Generate');
}, 150_000);

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

describe('accessibility of the side panel', () => {
  it('at 400 px, a running job’s progress is on screen when the panel opens, without scrolling', async () => {
    // A fresh panel (a reload would restore the scroll position), as tall as a short laptop screen.
    const fresh = await ext.openPanel({ width: 400 });
    await fresh.setViewportSize({ width: 400, height: 640 });
    const strip = fresh.getByRole('region', { name: 'Running jobs' });
    const bar = strip.getByRole('progressbar', { name: 'Progress for Lovelace Looms' });
    await bar.waitFor({ timeout: 15_000 });
    expect(await fresh.evaluate(() => window.scrollY)).toBe(0);
    const box = await bar.boundingBox();
    const height = await fresh.evaluate(() => window.innerHeight);
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    // Its card in the list is further down; "Show" takes the user there.
    await strip.getByRole('button', { name: 'Show Lovelace Looms in the list' }).click();
    await waitFor(
      async () => fresh.evaluate(() => document.activeElement?.closest('[data-job-id]')?.textContent?.includes('Lovelace Looms') ?? false),
      'focus on the running job’s card',
    );
    await fresh.close();
  });

  it('at 320 px, no view scrolls sideways', async () => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = async (view: string) => {
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      return scroll > client ? [`${view}: ${scroll} px wide in ${client} px`] : [];
    };
    const found: string[] = [];
    await openTab(page, 'Generate');
    await page.getByRole('button', { name: 'Instructions for each part' }).click();
    found.push(...(await overflow('Generate')));
    await jobItem(page, 'Babbage & Co').getByRole('button', { name: 'View cover letter' }).click();
    await page.getByRole('region', { name: 'Cover letter' }).getByRole('textbox', { name: 'Opening paragraph' }).waitFor();
    found.push(...(await overflow('Letter')));
    await page.getByRole('button', { name: 'Back to jobs' }).click();
    await openTab(page, 'Profile');
    found.push(...(await overflow('Profile')));
    await openTab(page, 'Settings');
    found.push(...(await overflow('Settings')));
    await page.setViewportSize({ width: 400, height: 900 });
    expect(found).toEqual([]);
  });

  it('the check can fail: a planted low-contrast line is reported', async () => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'planted';
      p.textContent = 'Barely readable';
      p.style.cssText = 'color:#c8c8c8;background:#ffffff';
      document.querySelector('main')?.append(p);
    });
    const found = await violations('Planted');
    await page.evaluate(() => document.getElementById('planted')?.remove());
    expect(found.some((v) => v.includes('color-contrast') && v.includes('#planted'))).toBe(true);
  });

  it('axe-core finds no violations on any view, light or dark', async () => {
    const problems = [...firstRun, ...(await checkAllViews())];
    expect(problems, problems.join('\n')).toEqual([]);
    // The job was running throughout, so the Running jobs strip was checked too.
    expect((await waitForJob(page, runningId, ['IN_PROGRESS', 'COMPLETED'], 1000)).status).toBe('IN_PROGRESS');
  }, 120_000);
});
