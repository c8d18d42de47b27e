import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { decideCapture, type CaptureDecision } from '../capture/decide';
import { FILL_MENU } from './apply-service';
import { publishCaptureNotice } from '../capture/draft-store';
import { UNREADABLE_PAGE_MESSAGES, unreadablePageReason } from '../capture/page-access';
import { getProfile, listProfiles, saveJob } from '../db';
import { ExtractionResultSchema, type ExtractionResult } from '../extract/result';
import type { JobEngine } from '../jobs/engine';
import { createGenerationJob } from '../jobs/new-job';
import type { JobTab, TabQueueResult } from '../messages';
import { activeProfileIdItem, loadSettings } from '../settings';
import { openPanelInGesture } from './panel';

export const MENU_PAGE = 'generate-for-page';
export const MENU_SELECTION = 'generate-from-selection';
export const COMMAND_GENERATE = 'generate-for-page';
export const COMMAND_OPEN_PANEL = 'open-panel';

export function registerCaptureEntryPoints(engine: JobEngine): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_PAGE && info.menuItemId !== MENU_SELECTION) return;
    void openPanelInGesture(tab);
    void captureTab(engine, tab, info.menuItemId === MENU_SELECTION ? info.selectionText : undefined);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_OPEN_PANEL) {
      void openPanelInGesture(tab);
    } else if (command === COMMAND_GENERATE) {
      void openPanelInGesture(tab);
      void captureTab(engine, tab);
    }
  });
}

/** Every menu item of the extension, made in one place: they persist across worker restarts and are (re)made on install and update. */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: 'Generate cover letter for this page', contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_SELECTION, title: 'Generate cover letter from selection', contexts: ['selection'] });
  browser.contextMenus.create(FILL_MENU);
}

/** Runs the extractor in the tab. Needs activeTab (granted by the click or shortcut) or a host permission. */
async function extractFromTab(tabId: number): Promise<{ extraction: ExtractionResult | null; error: string | null }> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
    const parsed = v.safeParse(ExtractionResultSchema, injection?.result);
    if (parsed.success) return { extraction: parsed.output, error: null };
    return { extraction: null, error: 'The page gave an answer we could not read. Paste the job details into the form.' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { extraction: null, error: `Cover Letter Studio couldn’t read this page (${detail}). Paste the job details into the form.` };
  }
}

async function activeProfile() {
  const id = await activeProfileIdItem.getValue();
  return (id ? await getProfile(id) : undefined) ?? (await listProfiles())[0];
}

/**
 * The one handler behind the context menu, the shortcut and "Generate for open tabs": reads the
 * page, then queues the job or opens the form pre-filled with a message saying what to add.
 */
export async function captureTab(
  engine: JobEngine,
  tab: Browser.tabs.Tab | undefined,
  selectionText?: string,
  options: { announce?: boolean } = {},
): Promise<CaptureDecision & { jobId?: string }> {
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const pageUrl = target?.url ?? '';
  let unreadable = unreadablePageReason(target?.url, target !== undefined);
  let extraction: ExtractionResult | null = null;
  if (!unreadable && target?.id !== undefined) {
    const read = await extractFromTab(target.id);
    extraction = read.extraction;
    unreadable = read.error;
    // A page still loading may already show the posting; only when nothing was found is "wait" the answer.
    if (!extraction?.found && target.status === 'loading') unreadable = UNREADABLE_PAGE_MESSAGES.loading;
  }
  const [settings, profile] = await Promise.all([loadSettings(), activeProfile()]);
  const decision = decideCapture({
    extraction,
    unreadableReason: unreadable,
    selectionText,
    pageUrl,
    pageTitle: target?.title,
    hasProfile: profile !== undefined,
    hasApiKey: settings.apiKey !== '',
  });
  const announce = options.announce ?? true;
  if (decision.kind === 'form' || !profile) {
    if (announce && decision.kind === 'form') await publishCaptureNotice(decision.message, decision.draft);
    return decision;
  }
  const job = createGenerationJob({ profile, job: decision.details, config: { instructions: {}, maxTokens: settings.maxTokens } });
  await saveJob(job);
  void engine.pump();
  if (announce) await publishCaptureNotice(`Queued: ${decision.details.title} at ${decision.details.company}.`, null, job.id);
  return { ...decision, jobId: job.id };
}

/** Tabs of a window that look like job postings, for "Generate for open tabs". */
export async function findJobTabs(windowId?: number): Promise<JobTab[]> {
  const tabs = await browser.tabs.query(windowId !== undefined ? { windowId } : { currentWindow: true });
  return Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined)
      .map(async (tab): Promise<JobTab> => {
        const base = { tabId: tab.id!, title: tab.title ?? '', url: tab.url ?? '', company: null, jobTitle: null };
        // Without a host permission for the tab the browser hides its address: it can't be read either.
        const problem = tab.url ? unreadablePageReason(tab.url, true) : 'Cover Letter Studio may not read this tab yet.';
        if (problem) return { ...base, looksLikeJob: false, problem };
        const { extraction, error } = await extractFromTab(tab.id!);
        if (!extraction?.found) return { ...base, looksLikeJob: false, problem: error ?? extraction?.reason ?? null };
        return { ...base, company: extraction.company, jobTitle: extraction.title, looksLikeJob: true, problem: null };
      }),
  );
}

export async function queueFromTabs(engine: JobEngine, tabIds: number[]): Promise<TabQueueResult[]> {
  const results: TabQueueResult[] = [];
  for (const tabId of tabIds) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) {
      results.push({ tabId, jobId: null, message: 'The tab was closed.' });
      continue;
    }
    const outcome = await captureTab(engine, tab, undefined, { announce: false });
    results.push(outcome.kind === 'queue' ? { tabId, jobId: outcome.jobId ?? null, message: null } : { tabId, jobId: null, message: outcome.message });
  }
  return results;
}
