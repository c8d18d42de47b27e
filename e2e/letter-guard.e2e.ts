import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIX_REQUEST_HEADING } from '../lib/llm/fix-letter';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { jobWith, sampleProfile } from './support/fixtures';
import { jobItem, openTab } from './support/panel';

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;

beforeAll(async () => {
  mock = await startMockLlm();
  ext = await launchExtension();
  page = await ext.openPanel();
  await setSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 2, notifications: false });
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

function queue(company: string, markers: string): Promise<string> {
  return ext.queueJob({ profile: sampleProfile(), job: jobWith(company, markers) });
}

function letterText(letter: Record<string, string>): string {
  return [letter['addressee'], letter['opening'], letter['aboutMe'], letter['whyMe'], letter['whyCompany']].join('\n');
}

describe('the letter guard and its automatic fix (production build, loopback model)', () => {
  it('fixes a letter written with a placeholder and an invented number: the finished letter has neither', async () => {
    mock.clearRequests();
    const jobId = await queue('Placeholder Pumps', '[[mock:flaw=placeholder,number]]');
    const job = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 60_000);
    expect(job.error).toBeNull();

    // Two requests: the letter, then one corrective request quoting both problems.
    const requests = mock.requests().filter((r) => r.path === '/v1/messages');
    expect(requests).toHaveLength(2);
    const fix = JSON.stringify(requests[1]!.body);
    expect(fix).toContain(FIX_REQUEST_HEADING);
    expect(fix).toContain('[number] years');
    expect(fix).toContain('47%');

    const letter = (await readStore(page, 'letters')).find((l) => l.id === job.coverLetterId);
    const text = letterText(letter);
    expect(text).toContain('Placeholder Pumps');
    expect(text).not.toContain('[number]');
    expect(text).not.toContain('47%');
    expect(letter.findings.map((f: { kind: string }) => f.kind)).not.toEqual(expect.arrayContaining(['placeholder']));
    // Both requests' tokens are on the job.
    expect(job.usage.outputTokens).toBeGreaterThan(300);

    // The panel shows the letter without the problems, and nothing to check for them.
    await openTab(page, 'Generate');
    await jobItem(page, 'Placeholder Pumps').getByRole('button', { name: 'View cover letter' }).click();
    const view = page.getByRole('region', { name: 'Cover letter' });
    const opening = view.getByRole('textbox', { name: 'Opening paragraph' });
    await opening.waitFor();
    expect(await opening.inputValue()).not.toContain('[number]');
    expect(await view.getByRole('group', { name: 'Check before sending' }).count()).toBe(0);

    // Show sources marks the sentences about the candidate with the profile entry behind them.
    await view.getByRole('button', { name: 'Show sources' }).click();
    const sources = view.getByRole('list', { name: 'Sources for each claim' });
    await sources.waitFor();
    expect(await sources.getByRole('listitem').filter({ hasText: 'Analytical Engines Ltd' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Back to jobs' }).click();
  });

  it('with "Fix problems automatically" off, shows each remaining problem as its own item', async () => {
    await setSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 2, notifications: false, fixProblemsAutomatically: false });
    await openTab(page, 'Settings');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Fix problems automatically' }).isChecked()).toBe(false);
    mock.clearRequests();
    const jobId = await queue('Unfixed Umbrellas', '[[mock:flaw=placeholder,company]]');
    const job = await waitForJob(page, jobId, ['COMPLETED', 'FAILED'], 60_000);
    expect(mock.requests().filter((r) => r.path === '/v1/messages')).toHaveLength(1);
    const letter = (await readStore(page, 'letters')).find((l) => l.id === job.coverLetterId);

    await openTab(page, 'Generate');
    await jobItem(page, 'Unfixed Umbrellas').getByRole('button', { name: 'View cover letter' }).click();
    const group = page.getByRole('region', { name: 'Cover letter' }).getByRole('group', { name: 'Check before sending' });
    await group.waitFor();
    const items = group.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(letter.findings.length);
    expect(await items.filter({ hasText: '[number]' }).count()).toBe(1);
    expect(await items.filter({ hasText: 'Globex Corporation' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Back to jobs' }).click();
    await setSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxConcurrentJobs: 2, notifications: false, fixProblemsAutomatically: true });
  });
});
