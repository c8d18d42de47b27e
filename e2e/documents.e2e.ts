import { readFile } from 'node:fs/promises';
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLines } from '../lib/letters/pdf-text.testing';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { jobWith, sampleProfile } from './support/fixtures';

let mock: MockLlm;
let ext: ExtensionSession;
let page: Page;
const started = Date.now();

const SETTINGS = { apiKey: 'sk-test-e2e', baseUrl: '', model: 'claude-sonnet-5-5', maxConcurrentJobs: 3, notifications: false, paperSize: 'Letter' };

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.2 });
  ext = await launchExtension();
  page = await ext.openPanel();
  await setSettings(page, { ...SETTINGS, baseUrl: mock.url });
  await page.reload();
});

afterAll(async () => {
  console.log(`documents.e2e.ts ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await ext?.close();
  await mock?.close();
});

async function resumePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  ['Name: Zoe Lukasiewicz', 'Email: zoe@example.com', 'Phone: +48 22 123 45 67', 'Skills: TypeScript, Rust',
    'Experience: Staff Engineer at Ledger Works (2020 - present)'].forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  return Buffer.from(await pdf.save());
}

async function resumeDocx(): Promise<Buffer> {
  const lines = ['Name: Zoë Łukasiewicz', 'Email: zoe@example.com', 'Phone: +48 600 000 000', 'Skills: TypeScript, Rust, Kafka',
    'Experience: Principal Engineer at Ledger Works (2020 - present)', 'Experience: Engineer at Byte Bakery (2016 - 2020)'];
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] })));
}

const bytesOf = async (download: Download) => new Uint8Array(await readFile((await download.path())!));

async function download(action: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
  return file;
}

describe('documents in the production build', () => {
  it('imports a résumé PDF as a new profile, then a DOCX as field-by-field changes', async () => {
    await page.getByRole('tab', { name: 'Profile' }).click();
    await page.getByLabel('Import résumé').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: await resumePdf() });
    await page.getByRole('button', { name: 'Create profile' }).click({ timeout: 30_000 });
    await expect.poll(async () => (await readStore(page, 'profiles'))[0]?.name, { timeout: 10_000 }).toBe('Zoe Lukasiewicz');
    const [created] = await readStore(page, 'profiles');
    expect(created).toMatchObject({ email: 'zoe@example.com', skills: ['TypeScript', 'Rust'], experience: [{ employer: 'Ledger Works', role: 'Staff Engineer' }] });
    // A local server: the PDF was read by pdf.js in the panel and sent as text.
    const pdfRequest = mock.requests().filter((r) => r.path === '/v1/messages').at(-1)?.body as any;
    expect(pdfRequest.messages[0].content[0].text).toContain('Email: zoe@example.com');

    await page.getByLabel('Import résumé').setInputFiles({ name: 'cv.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await resumeDocx() });
    await page.getByRole('checkbox', { name: 'Replace Full name' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('checkbox', { name: 'Replace Full name' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Replace Phone' }).uncheck();
    await page.getByRole('button', { name: 'Apply changes' }).click();
    await expect.poll(async () => (await readStore(page, 'profiles'))[0]?.name, { timeout: 10_000 }).toBe('Zoë Łukasiewicz');
    const [updated] = await readStore(page, 'profiles');
    expect(updated).toMatchObject({ id: created.id, phone: '+48 22 123 45 67', skills: ['TypeScript', 'Rust', 'Kafka'] });
    expect(updated.experience).toHaveLength(2);
  });

  it('exports a letter in each format from the letter view', async () => {
    const jobIds: string[] = [];
    for (const company of ['Łódź Ledgers', 'Acme / Co', 'Zeta']) {
      jobIds.push(await ext.queueJob({ profile: sampleProfile({ name: 'Zoë Łukasiewicz' }), job: jobWith(company) }));
    }
    for (const id of jobIds) expect((await waitForJob(page, id, ['COMPLETED', 'FAILED'], 60_000)).status).toBe('COMPLETED');

    await page.getByRole('tab', { name: 'Generate' }).click();
    const card = page.locator('li', { hasText: 'Łódź Ledgers' });
    await card.getByRole('button', { name: 'View cover letter' }).click();
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

    const pdf = await download(() => page.getByRole('button', { name: 'Export PDF' }).click());
    expect(pdf.suggestedFilename()).toBe(`CoverLetter_Łódź_Ledgers_${date}.pdf`);
    const { lines, size } = await pdfLines(await bytesOf(pdf));
    expect(size).toEqual([612, 792]);
    expect(lines[0]).toBe('Zoë Łukasiewicz');
    expect(lines).toContain('Łódź Ledgers');
    expect(lines.join(' ')).toMatch(/Dear .+,.*Łódź Ledgers.*Sincerely,/);

    const docx = await download(() => page.getByRole('button', { name: 'Export DOCX' }).click());
    expect(docx.suggestedFilename()).toBe(`CoverLetter_Łódź_Ledgers_${date}.docx`);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await bytesOf(docx)) });
    expect(value).toMatch(/^Zoë Łukasiewicz[\s\S]*Dear [\s\S]*Sincerely,\s*Zoë Łukasiewicz\s*$/);

    const md = await download(() => page.getByRole('button', { name: 'Export Markdown' }).click());
    expect(new TextDecoder().decode(await bytesOf(md))).toMatch(/^# Zoë Łukasiewicz\n[\s\S]*Sincerely,/);
    const txt = await download(() => page.getByRole('button', { name: 'Export text' }).click());
    expect(txt.suggestedFilename()).toBe(`CoverLetter_Łódź_Ledgers_${date}.txt`);
    expect(new TextDecoder().decode(await bytesOf(txt))).toMatch(/^Zoë Łukasiewicz\n[\s\S]*Łódź Ledgers[\s\S]*Sincerely,\nZoë Łukasiewicz\n$/);
    await page.getByRole('button', { name: 'Back to jobs' }).click();
  });

  it('exports three selected letters as one ZIP', async () => {
    await page.getByText('Export several letters').click();
    for (const company of ['Łódź Ledgers', 'Acme / Co', 'Zeta']) await page.getByRole('checkbox', { name: new RegExp(`^Select ${company}`) }).check();
    await page.getByLabel('Export format', { exact: true }).selectOption('docx');
    const zip = await download(() => page.getByRole('button', { name: 'Export selected' }).click());
    const files = unzipSync(await bytesOf(zip));
    expect(Object.keys(files).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^CoverLetter_Acme_Co_.*\.docx$/), expect.stringMatching(/^CoverLetter_Zeta_.*\.docx$/), expect.stringMatching(/^CoverLetter_Łódź_Ledgers_.*\.docx$/)]));
    expect(Object.keys(files)).toHaveLength(3);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(Object.values(files)[0]!) });
    expect(value).toContain('Sincerely,');
  });

  it('export all data → delete all → import gives the data back', async () => {
    const before = { profiles: await readStore(page, 'profiles'), jobs: await readStore(page, 'jobs'), letters: await readStore(page, 'letters') };
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Include API key').check();
    const backup = await download(() => page.getByRole('button', { name: 'Export all data' }).click());
    const backupBytes = await bytesOf(backup);

    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(async () => (await readStore(page, 'jobs')).length, { timeout: 10_000 }).toBe(0);
    expect(await readStore(page, 'profiles')).toEqual([]);
    expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual({});

    await page.getByLabel('Replace all my data').check();
    await page.getByLabel('Import data').setInputFiles({ name: backup.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backupBytes) });
    // Replace asks first, with the counts; then the backup's API address differs from the fresh default.
    const replace = page.getByRole('dialog', { name: 'Replace all your data?' });
    await expect.poll(() => replace.textContent()).toContain('imports 1 profile, 3 jobs and 3 letters');
    await replace.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByRole('dialog', { name: 'This backup uses another API address' }).getByRole('button', { name: "Use the backup's address and clear my key" }).click();
    await page.getByRole('status').filter({ hasText: /Imported 1 profile, 3 jobs and 3 letters/ }).waitFor({ timeout: 10_000 });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await readStore(page, 'profiles')).sort(byId)).toEqual(before.profiles.sort(byId));
    expect((await readStore(page, 'jobs')).sort(byId)).toEqual(before.jobs.sort(byId));
    expect((await readStore(page, 'letters')).sort(byId)).toEqual(before.letters.sort(byId));
    // The key never travels to a new address on its own: the user enters it again.
    expect((await page.evaluate(() => chrome.storage.local.get('settings'))).settings).toMatchObject({ baseUrl: mock.url, apiKey: '', paperSize: 'Letter' });

    // A truncated file changes nothing and says why.
    await page.getByLabel('Import data').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(backupBytes.subarray(0, 200)) });
    await page.getByRole('alert').filter({ hasText: /not a complete JSON file/ }).waitFor({ timeout: 10_000 });
    expect(await readStore(page, 'letters')).toHaveLength(3);
  });
});
