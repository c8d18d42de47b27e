/**
 * A letter in the posting's language, and the versions of one application: the production build
 * in headless Chromium, the model served by the loopback mock (which writes in the language the
 * request asks for). One browser for the file; the tests build on each other.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/extension-storage';
import { fillJob, generate, jobItem, saveProfile, saveSettings, waitFor, waitForStatus } from './support/panel';

const NAME = 'Grace Hopper';
const GERMAN_POSTING =
  'Für unser Team in Hamburg suchen wir ab sofort eine Senior Softwareentwicklerin oder einen Senior Softwareentwickler (m/w/d). ' +
  'Deine Aufgaben: Du entwickelst unsere Abrechnungssoftware weiter und arbeitest eng mit dem Produktteam zusammen. ' +
  'Dein Profil: mehrjährige Erfahrung mit Compilern und Datenbanken. Wir bieten flexible Arbeitszeiten und ein tolles Team.';

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  await ext.context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${ext.extensionId}` })
    .catch(() => ext.context.grantPermissions(['clipboard-read', 'clipboard-write']));
  page = await ext.openPanel({ width: 400 });
  await saveSettings(page, { apiKey: 'sk-test-e2e', baseUrl: mock.url });
  await saveProfile(page, {
    name: NAME,
    email: 'grace@example.com',
    skills: ['COBOL', 'Compilers', 'Team leadership'],
    experience: [{ employer: 'Remington Rand', role: 'Senior Mathematician', start: '1949', end: '1967', description: 'Built the first compiler and led the team that shipped it.' }],
  });
});

afterAll(async () => {
  await ext?.close();
  await mock?.close();
});

function letterRegion(): Locator {
  return page.getByRole('region', { name: 'Cover letter' });
}

function versionsList(): Locator {
  return letterRegion().getByRole('list', { name: 'Letter versions' });
}

/** The text of each item of "Letter versions", newest first. */
async function versionItems(): Promise<string[]> {
  return (await versionsList().getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function lastPrompt(): Promise<string> {
  const requests = mock.requests().filter((r) => r.path.startsWith('/v1/messages') && !r.path.includes('count_tokens'));
  const body = requests[requests.length - 1]!.body as { messages: { content: string }[] };
  return body.messages.map((m) => m.content).join('\n');
}

async function copied(): Promise<string> {
  await page.bringToFront();
  await letterRegion().getByRole('button', { name: 'Copy' }).click();
  await page.getByRole('status').filter({ hasText: /^Copied$/ }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The next copy must be told apart from this one.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  return text;
}

describe('letters in the posting’s language, with versions', () => {
  it('a German posting pasted by hand gets a request for German and a German greeting and sign-off', async () => {
    mock.clearRequests();
    const job = { company: 'Hanse Abrechnung GmbH', position: 'Senior Softwareentwickler', description: GERMAN_POSTING };
    await fillJob(page, job);
    // "Auto" says which language it will write in before anything is sent.
    expect(await page.getByLabel('Letter language', { exact: true }).inputValue()).toBe('auto');
    await page.getByText('Auto: German, the posting’s language.').waitFor();
    const item = await generate(page, job);
    await waitForStatus(item, 'Completed', 30_000);

    const prompt = await lastPrompt();
    expect(prompt).toContain('Write the letter in German.');

    await item.getByRole('button', { name: 'View cover letter' }).click();
    await letterRegion().getByRole('textbox', { name: 'Opening paragraph' }).waitFor();
    await letterRegion().getByText('Sehr geehrte Damen und Herren,', { exact: true }).waitFor();
    await letterRegion().getByText(/Mit freundlichen Grüßen/).first().waitFor();
    expect(await letterRegion().getByText(/^Dear\b/).count()).toBe(0);

    const [letter] = (await readStore(page, 'letters')) as { language: string }[];
    expect(letter!.language).toBe('de');

    const text = await copied();
    expect(text).toMatch(/^Sehr geehrte Damen und Herren,$/m);
    // The date is written the German way too: "5. März 2026".
    expect(text).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/mu);
    expect(text).toMatch(new RegExp(`Mit freundlichen Grüßen\\n${NAME}\\s*$`));
    expect(text).not.toContain('Sincerely');
  });

  it('regenerating with feedback, editing and restoring are versions of one application, with a word diff', async () => {
    // Regenerate with feedback: the panel follows the new job, whose letter continues the versions.
    await letterRegion().getByRole('button', { name: 'Regenerate' }).click();
    await page.getByLabel('What should change? (optional)', { exact: true }).fill('Shorter');
    await page.getByRole('button', { name: 'Write new version' }).click();
    await waitFor(async () => (await versionsList().count()) === 1 && (await versionItems()).length === 2, 'two letter versions', 30_000);
    let items = await versionItems();
    expect(items[0]).toMatch(/^Version 2 .*feedback: shorter/);
    expect(items[1]).toMatch(/^Version 1 .*first draft/);

    // A saved edit is the next version.
    const opening = letterRegion().getByRole('textbox', { name: 'Opening paragraph' });
    const original = await opening.inputValue();
    const addition = ' Ich habe außerdem ein Stück Draht von einer Nanosekunde auf dem Schreibtisch.';
    await opening.click();
    await page.keyboard.press('ControlOrMeta+End');
    await opening.pressSequentially(addition);
    await letterRegion().getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 10_000 });
    await waitFor(async () => (await versionItems()).length === 3, 'three letter versions');
    items = await versionItems();
    expect(items[0]).toMatch(/^Version 3 .*edited/);

    // The diff between version 3 and the one before it shows exactly the added words.
    await versionsList().getByRole('button', { name: /^Version 3/ }).click();
    const diff = letterRegion().getByRole('figure', { name: 'Changes from version 2 to version 3' });
    await diff.waitFor();
    const inserted = (await diff.locator('ins').allInnerTexts()).join('').replace(/\s+/g, ' ').trim();
    expect(inserted).toBe(addition.trim());
    expect(await diff.locator('del').count()).toBe(0);

    // Looking at version 1: copy uses it, and it can be restored.
    await versionsList().getByRole('button', { name: /^Version 1/ }).click();
    const text = await copied();
    expect(text).toContain(original.trim().slice(0, 60));
    expect(text).not.toContain('Nanosekunde');
    // …and so does an export.
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), letterRegion().getByRole('button', { name: 'Export text' }).click()]);
    const exported = await readFile((await file.path())!, 'utf8');
    expect(exported).toContain(original.trim().slice(0, 60));
    expect(exported).not.toContain('Nanosekunde');
    expect(exported).toMatch(/^Sehr geehrte Damen und Herren,$/m);
    await letterRegion().getByRole('button', { name: 'Restore this version' }).click();
    await waitFor(async () => (await versionItems()).length === 4, 'four letter versions');
    items = await versionItems();
    expect(items[0]).toMatch(/^Version 4 .*restored version 1/);
    await expect.poll(() => letterRegion().getByRole('textbox', { name: 'Opening paragraph' }).inputValue()).toBe(original);

    // Nothing was lost: the edited version is still in the list after a reload.
    await page.reload();
    await jobItem(page, 'Hanse Abrechnung GmbH').first().waitFor();
    const stored = (await readStore(page, 'letters')) as { versions: { why: string; content: { opening: string } }[] }[];
    const newest = stored.reduce((a, b) => (a.versions.length >= b.versions.length ? a : b));
    expect(newest.versions.map((v) => v.why)).toEqual(['first draft', 'feedback: shorter', 'edited', 'restored version 1']);
    expect(newest.versions[2]!.content.opening.endsWith(addition)).toBe(true);
  });
});
