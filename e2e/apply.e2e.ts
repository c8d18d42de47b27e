import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from './mock-llm/server';
import { E2E_EXTENSION_DIR, launchExtension, type ExtensionSession } from './support/extension';
import { readStore, setSettings, waitForJob } from './support/extension-storage';
import { CORPUS_DIR } from './support/job-page-server';

/**
 * "Fill cover letter here" (context menu) and "Fill on page" (letter view) call one handler,
 * fillTab. Playwright cannot click native menus, so the spec calls it through the seam of the
 * `wxt build --mode e2e` build, on application forms served from loopback.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../lib/apply/fixtures');

const FORMS: Record<string, string> = {
  // A plain careers form: the letter goes into the textarea of the top page.
  // The posting's own "apply" step: the badge hints that the letter can be filled in here.
  '/jobs/ashby_ramp.html/application': `<!doctype html><html><head><meta charset="utf-8"><title>Application</title></head><body>
    <form><label for="cl">Cover letter</label><textarea id="cl"></textarea></form></body></html>`,
  '/ramp/apply': `<!doctype html><html><head><meta charset="utf-8"><title>Apply: Software Engineer, Accounting at Ramp</title></head><body>
    <h1>Software Engineer, Accounting — Ramp</h1>
    <form id="f" onsubmit="window.submitted = true; return false">
      <label for="name">Full name</label><input id="name" name="name">
      <label for="cv">Resume/CV</label><input id="cv" name="resume" type="file">
      <label for="why">Why do you want to work at Ramp?</label><textarea id="why"></textarea>
      <label for="cl">Cover letter</label><textarea id="cl" name="cover_letter" rows="10"></textarea>
      <button type="submit">Submit application</button>
    </form>
    <script>window.events = []; for (const t of ['input', 'change']) document.getElementById('cl').addEventListener(t, () => events.push(t));</script>
  </body></html>`,
  // A company careers page with the ATS form in an iframe, the letter an upload behind a drop zone.
  '/careers/ramp': `<!doctype html><html><head><meta charset="utf-8"><title>Careers at Ramp</title></head><body>
    <h1>Join Ramp</h1><p>Software Engineer, Accounting</p>
    <iframe id="grnhse_iframe" src="/embed/job_app" title="Application form" width="600" height="600"></iframe>
  </body></html>`,
  '/embed/job_app': `<!doctype html><html><head><meta charset="utf-8"></head><body>
    <form id="application_form" onsubmit="window.submitted = true; return false">
      <div class="field"><label>Resume/CV</label><div class="drop-zone"><input type="file" id="resume" name="resume" style="display:none"><button type="button">Attach</button></div></div>
      <div class="field"><label>Cover Letter</label><div class="drop-zone"><input type="file" id="cover_letter" name="cover_letter" accept=".pdf,.doc,.docx" style="display:none"><button type="button">Attach</button></div></div>
      <input type="submit" value="Submit Application">
    </form>
    <script>
      window.received = null;
      document.getElementById('cover_letter').addEventListener('change', async (event) => {
        const file = event.target.files[0];
        const head = new TextDecoder().decode(new Uint8Array(await file.slice(0, 5).arrayBuffer()));
        window.received = { name: file.name, type: file.type, size: file.size, head };
      });
    </script>
  </body></html>`,
};

async function serveForms(): Promise<{ url(p: string): string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const fixture = pathname.startsWith('/fixtures/')
      ? path.join(FIXTURES, path.basename(pathname))
      : pathname === '/jobs/ashby_ramp.html' ? path.join(CORPUS_DIR, 'ashby_ramp.html') : null;
    const html = FORMS[pathname] ?? (fixture ? readFileSync(fixture, 'utf8') : null);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

let mock: MockLlm;
let forms: Awaited<ReturnType<typeof serveForms>>;
let ext: ExtensionSession;
let panel: Page;
let worker: Worker;

async function createProfileInPanel(page: Page) {
  await page.getByRole('tab', { name: 'Profile' }).click();
  await page.getByLabel('Full name').fill('Zoë Ødegård');
  await page.getByLabel('Email').fill('zoe@example.com');
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

const tabIdShowing = (url: string) =>
  worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);

function fillTab(request: { tabId: number; jobId?: string }) {
  return worker.evaluate((r) => (globalThis as any).__coverLetterStudioE2E.fillTab(r), request);
}

let jobId: string;

beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.3 });
  forms = await serveForms();
  ext = await launchExtension({ extensionDir: E2E_EXTENSION_DIR });
  worker = await ext.serviceWorker();
  panel = await ext.openPanel();
  await setSettings(panel, { apiKey: 'sk-test-apply', baseUrl: mock.url, notifications: false, uploadFormat: 'PDF' });
  await createProfileInPanel(panel);
  // A real letter: the posting captured through the seam, written by the loopback model.
  const posting = await ext.context.newPage();
  await posting.goto(forms.url('/jobs/ashby_ramp.html'));
  const tabId = await tabIdShowing(forms.url('/jobs/ashby_ramp.html'));
  const decision = await worker.evaluate((id) => (globalThis as any).__coverLetterStudioE2E.captureTab(id), tabId);
  jobId = decision.jobId;
  expect((await waitForJob(panel, jobId, ['COMPLETED', 'FAILED'], 60_000)).status).toBe('COMPLETED');
  await posting.close();
});

afterAll(async () => {
  await ext?.close();
  await forms?.close();
  await mock?.close();
});

describe('fill the cover letter into an application form', () => {
  it('has made the "Fill cover letter here" context-menu item', async () => {
    // Updating a missing item fails; an update changes nothing. Polled: onInstalled may still be running.
    const exists = () => panel.evaluate(() => chrome.contextMenus.update('fill-cover-letter', {}).then(() => true, () => false));
    await expect.poll(exists, { timeout: 15_000 }).toBe(true);
  });

  it('hints on the badge when the page of a job with a finished letter is its application form', async () => {
    const form = await ext.context.newPage();
    await form.goto(forms.url('/jobs/ashby_ramp.html/application'));
    const tabId = (await tabIdShowing(forms.url('/jobs/ashby_ramp.html/application')))!;
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).toBe('✎');
    // Hinting fills nothing.
    expect(await form.locator('#cl').inputValue()).toBe('');
    await form.close();
  });

  it('matches the page to the Ramp job, fills the cover-letter textarea (not the question) and marks the job Applied', async () => {
    const form = await ext.context.newPage();
    await form.goto(forms.url('/ramp/apply'));
    const outcome = await fillTab({ tabId: (await tabIdShowing(forms.url('/ramp/apply')))! });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'filled', jobId, field: 'text', label: 'Cover letter', previous: { status: 'Not applied' } });

    const letter = await form.locator('#cl').inputValue();
    expect(letter).toMatch(/^Dear .+,\n\n/);
    expect(letter).toContain('Ramp');
    expect(letter.trimEnd()).toMatch(/Sincerely,\nZoë Ødegård$/);
    expect(await form.locator('#why').inputValue()).toBe('');
    expect(await form.evaluate(() => (window as any).events)).toEqual(['input', 'change']);
    expect(await form.evaluate(() => (window as any).submitted ?? false)).toBe(false);

    const job = (await readStore(panel, 'jobs')).find((j) => j.id === jobId);
    expect(job.application.status).toBe('Applied');
    const card = panel.getByRole('list', { name: 'Generation jobs' }).getByRole('listitem').filter({ hasText: 'Ramp' });
    await expect.poll(() => card.getByTitle('Application status').textContent(), { timeout: 10_000 }).toBe('Applied');
    await form.close();
  });

  it('uploads the letter as a PDF into the file input inside an iframe, for the chosen job', async () => {
    const careers = await ext.context.newPage();
    await careers.goto(forms.url('/careers/ramp'));
    const frame = careers.frameLocator('#grnhse_iframe');
    await frame.locator('#cover_letter').waitFor({ state: 'attached' });
    const outcome = await fillTab({ tabId: (await tabIdShowing(forms.url('/careers/ramp')))!, jobId });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'filled', jobId, field: 'file', label: 'Cover Letter' });
    expect(outcome.fileName).toMatch(/^CoverLetter_Ramp_\d{4}-\d{2}-\d{2}\.pdf$/);

    const inner = careers.frames().find((f) => f.url().endsWith('/embed/job_app'))!;
    await expect.poll(() => inner.evaluate(() => (window as any).received), { timeout: 10_000 }).toMatchObject({
      name: outcome.fileName, type: 'application/pdf', head: '%PDF-',
    });
    expect(await inner.evaluate(() => (document.getElementById('resume') as HTMLInputElement).files?.length)).toBe(0);
    expect(await inner.evaluate(() => (window as any).submitted ?? false)).toBe(false);
    await careers.close();
  });

  it('the context-menu click: the open panel fills the field the user right-clicked and shows Undo', async () => {
    // The user had moved the application on to "Interview" in the letter view.
    const card = panel.getByRole('list', { name: 'Generation jobs' }).getByRole('listitem').filter({ hasText: 'Ramp' });
    await card.getByRole('button', { name: 'View cover letter' }).click();
    await panel.getByLabel('Application status').selectOption('Interview');
    await expect.poll(async () => (await readStore(panel, 'jobs')).find((j) => j.id === jobId).application.status).toBe('Interview');

    const form = await ext.context.newPage();
    await form.goto(forms.url('/ramp/apply'));
    await form.locator('#cl').focus();
    const tabId = (await tabIdShowing(forms.url('/ramp/apply')))!;
    await worker.evaluate(({ id }) => (globalThis as any).__coverLetterStudioE2E.requestFill(id, { frameId: 0, editable: true }), { id: tabId });
    await expect.poll(() => form.locator('#cl').inputValue(), { timeout: 15_000 }).toMatch(/^Dear [\s\S]*Zoë Ødegård\s*$/);
    await panel.bringToFront();
    await panel.getByText(/Filled your letter for Ramp into “Cover letter”/).waitFor({ timeout: 10_000 });
    expect((await readStore(panel, 'jobs')).find((j) => j.id === jobId).application.status).toBe('Applied');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readStore(panel, 'jobs')).find((j) => j.id === jobId).application.status).toBe('Interview');
    await form.close();
  });

  it('offers the latest finished letters when no job matches the page', async () => {
    const page = await ext.context.newPage();
    await page.goto(forms.url('/fixtures/careers-fr.html'));
    const tabId = (await tabIdShowing(forms.url('/fixtures/careers-fr.html')))!;
    const outcome = await fillTab({ tabId });
    expect(outcome).toMatchObject({ kind: 'choose', tabId, candidates: [{ jobId, company: 'Ramp' }] });
    expect(await page.locator('#lm').inputValue()).toBe('');
    await page.close();
  });

  it('says so on a page without a cover-letter field, and changes nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(forms.url('/fixtures/login.html'));
    const outcome = await fillTab({ tabId: (await tabIdShowing(forms.url('/fixtures/login.html')))!, jobId });
    expect(outcome).toMatchObject({ kind: 'problem' });
    expect(outcome.message).toMatch(/no cover-letter field/);
    await page.close();
  });
});

describe('lib/apply in real Chromium on the form fixtures', () => {
  let bundle: string;
  beforeAll(async () => {
    const result = await build({
      stdin: { contents: "import { findCoverLetterTargets, fillCoverLetter } from './index'; (globalThis as any).apply = { findCoverLetterTargets, fillCoverLetter };", resolveDir: path.resolve(import.meta.dirname, '../lib/apply'), loader: 'ts' },
      bundle: true, write: false, format: 'iife', platform: 'browser',
    });
    bundle = result.outputFiles[0]!.text;
  });

  // How each fixture is filled: [fixture, the field's kind, the element's id or name]
  const cases: [string, 'text' | 'file', string][] = [
    ['greenhouse.html', 'file', 'cover_letter_file'],
    ['greenhouse-embedded.html', 'file', 'cover_letter'],
    ['lever.html', 'text', 'additional-information'],
    ['ashby.html', 'file', '0a6d44b5-1a5c-4bb8-a3b3-1f8a6d2b1c0e'],
    ['workday.html', 'file', 'file-upload-input-ref'],
    ['teamtailor-sv.html', 'text', 'candidate_cover_letter'],
    ['personio-de.html', 'file', 'documents[cover-letter]'],
    ['recruitee-nl.html', 'text', 'candidate-cover-letter'],
    ['careers-fr.html', 'text', 'lm'],
    ['careers-es.html', 'file', 'carta'],
    ['editor.html', 'text', 'ProseMirror'],
    ['smartrecruiters.html', 'text', 'hiring-manager-message-input'],
  ];
  for (const [fixture, kind, name] of cases) {
    it(`${fixture}: fills the ${kind} field ${name}`, async () => {
      const page = await ext.context.newPage();
      await page.goto(forms.url(`/fixtures/${fixture}`));
      await page.addScriptTag({ content: bundle });
      const result = await page.evaluate(async () => {
        const apply = (globalThis as any).apply;
        const [target] = apply.findCoverLetterTargets(document);
        if (!target) return null;
        const el = target.element as HTMLElement;
        const text = 'Dear Łukasz,\n\nMotivation: ünïcödé.\n\nSincerely,\nZoë';
        const file = new File([new Uint8Array([37, 80, 68, 70, 45])], 'CoverLetter_Acme.pdf', { type: 'application/pdf' });
        const filled = await apply.fillCoverLetter(target, { text, file });
        const held = target.kind === 'file' ? (el as HTMLInputElement).files?.[0]?.name : 'value' in el ? (el as HTMLTextAreaElement).value : el.innerText;
        return { kind: target.kind, name: el.id || el.getAttribute('name') || el.getAttribute('data-automation-id') || el.className, filled, held };
      });
      expect(result).toMatchObject({ kind, name, filled: true });
      if (kind === 'file') expect(result!.held).toBe('CoverLetter_Acme.pdf');
      else expect(result!.held).toMatch(/Dear Łukasz,\n+Motivation: ünïcödé\.\n+Sincerely,\nZoë/);
      await page.close();
    });
  }
});
