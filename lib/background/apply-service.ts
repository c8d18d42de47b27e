import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { FRAME_STATE_KEY, FillReplySchema, ScanResultSchema, type FillPayload, type FillReply, type FrameTarget, type ScanResult } from '../apply/frame-protocol';
import type { FillOutcome } from '../apply/outcome';
import { hasFinishedLetter, latestFinished, matchJob, matchScore } from '../apply/page-match';
import { markApplied } from '../applications/status';
import { REMINDER_PREFIX, remindAbout, restoreReminders } from '../applications/reminders';
import { unreadablePageReason } from '../capture/page-access';
import { getJob, getLetter, listJobSummaries } from '../db';
import { browserFontSource } from '../letters/browser-fonts';
import { exportLetter } from '../letters/export-letter';
import type { GenerationJob, LetterContent } from '../schema';
import { applyNoticeItem, applyRequestItem, loadSettings, panelRequestItem } from '../settings';
import { formatLetterText } from '../ui/letter-text';
import { NOTIFICATION_PREFIX } from './notifications';
import { openPanelInGesture, openPanelPage } from './panel';

export const MENU_FILL = 'fill-cover-letter';

/** "Fill cover letter here": on fields, and on the page, since file inputs have no menu context of their own. */
export const FILL_MENU = {
  id: MENU_FILL,
  title: 'Fill cover letter here',
  contexts: ['editable', 'page', 'frame'] as ['editable', 'page', 'frame'],
  documentUrlPatterns: ['http://*/*', 'https://*/*'],
};

export const FILL_MESSAGES = {
  noLetter: 'There is no finished cover letter yet. Write one for this job first, then fill it in.',
  noField:
    'Cover Letter Studio found no cover-letter field on this page. Open the application form itself (often behind an “Apply” button), or right-click the field and choose “Fill cover letter here”.',
  noAccess:
    'Cover Letter Studio can’t reach this page from the panel. Right-click the cover-letter field on the page and choose “Fill cover letter here”: that lets it in.',
  gone: 'This job or its letter no longer exists (it may have been deleted).',
} as const;

export interface FillRequest {
  tabId: number;
  /** The letter to use (the letter view's button); otherwise the job matching the page. */
  jobId?: string;
  /** The frame the user right-clicked in. */
  frameId?: number;
  /** The menu was opened on a text field: that (focused) field is the one to fill. */
  editable?: boolean;
  /** The letter view's text with edits not stored yet: what the user sees is what is filled. */
  content?: LetterContent;
}

interface FrameScan extends ScanResult {
  frameId: number;
}

/**
 * The one handler behind the context menu "Fill cover letter here", the letter view's "Fill on
 * page" and the e2e seam: finds the cover-letter field in every frame of the tab, picks the
 * letter, fills it (text, or the letter as PDF/DOCX for an upload) and marks the job "Applied".
 * Never submits the form.
 */
export async function fillTab(request: FillRequest): Promise<FillOutcome> {
  const problem = (message: string, jobId: string | null = request.jobId ?? null): FillOutcome => ({ kind: 'problem', message, jobId });
  const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
  if (!tab) return problem('The tab was closed.');
  const unreadable = tab.url ? unreadablePageReason(tab.url, true) : null;
  if (unreadable) return problem(unreadable);

  let frames: FrameScan[];
  try {
    frames = await scanFrames(request.tabId);
  } catch {
    return problem(FILL_MESSAGES.noAccess);
  }

  const job = request.jobId ? await getJob(request.jobId) : await jobForPage(tab, frames);
  if (request.jobId && (!job || !hasFinishedLetter(job))) return problem(job ? FILL_MESSAGES.noLetter : FILL_MESSAGES.gone);
  if (!job) {
    const candidates = latestFinished(await finishedJobs());
    if (candidates.length === 0) return problem(FILL_MESSAGES.noLetter, null);
    return {
      kind: 'choose',
      tabId: request.tabId,
      candidates: candidates.map((j) => ({ jobId: j.id, company: j.company, position: j.position, completedAt: j.completedAt })),
    };
  }

  const chosen = chooseTarget(frames, request.editable ? request.frameId : undefined);
  if (!chosen) return problem(FILL_MESSAGES.noField, job.id);
  const stored = job.coverLetterId ? await getLetter(job.coverLetterId) : undefined;
  if (!stored) return problem(FILL_MESSAGES.gone, job.id);
  const letter = request.content ? { ...stored, ...request.content } : stored;

  const text = formatLetterText(letter, job.profile.name);
  let file: FillPayload['file'] = null;
  const warnings: string[] = [];
  if (chosen.target.kind === 'file') {
    const settings = await loadSettings();
    const exported = await exportLetter({ job, letter }, settings.uploadFormat === 'DOCX' ? 'docx' : 'pdf', {
      paperSize: settings.paperSize,
      fonts: browserFontSource,
      now: new Date(),
    });
    warnings.push(...exported.warnings);
    file = { name: exported.name, type: exported.mime, base64: toBase64(exported.bytes) };
  }

  const reply = await fillInFrame(request.tabId, chosen.frameId, { index: chosen.target.index, text, file });
  if (!reply.filled) {
    const why = 'error' in reply ? ` (${reply.error})` : '';
    return problem(`The form did not take the letter in “${chosen.target.label || 'the cover-letter field'}”${why}. Copy the letter and paste it there by hand.`, job.id);
  }
  const { previous } = await markApplied(job.id);
  return {
    kind: 'filled',
    jobId: job.id,
    company: job.company,
    position: job.position,
    label: reply.label,
    field: reply.kind,
    fileName: file?.name ?? null,
    previous,
    warnings,
  };
}

async function scanFrames(tabId: number): Promise<FrameScan[]> {
  const injections = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/apply-form.js'] });
  const frames: FrameScan[] = [];
  for (const injection of injections ?? []) {
    const parsed = v.safeParse(ScanResultSchema, injection.result);
    if (parsed.success) frames.push({ ...parsed.output, frameId: injection.frameId ?? 0 });
  }
  return frames;
}

/**
 * The field the user right-clicked wins (only then: a field focused earlier, say a question they
 * were answering, is not a choice); otherwise the most likely field over all frames.
 */
function chooseTarget(frames: FrameScan[], frameId: number | undefined): { frameId: number; target: FrameTarget } | null {
  const clicked = frames.find((f) => f.frameId === frameId && f.focused);
  if (clicked?.focused) return { frameId: clicked.frameId, target: clicked.focused };
  let best: { frameId: number; target: FrameTarget } | null = null;
  for (const frame of frames) {
    for (const target of frame.targets) if (!best || target.confidence > best.target.confidence) best = { frameId: frame.frameId, target };
  }
  return best;
}

/** Jobs with a finished letter, as summaries: a page load never reads every job whole. */
async function finishedJobs() {
  return (await listJobSummaries({ status: 'COMPLETED' })).items.filter(hasFinishedLetter);
}

async function jobForPage(tab: Browser.tabs.Tab, frames: FrameScan[]): Promise<GenerationJob | null> {
  const urls = [tab.url ?? '', ...frames.map((f) => f.url)].filter(Boolean);
  const texts = [tab.title ?? '', ...frames.flatMap((f) => [f.title, f.heading])].filter(Boolean);
  const match = matchJob(await finishedJobs(), { urls, texts });
  return match ? ((await getJob(match.id)) ?? null) : null;
}

async function fillInFrame(tabId: number, frameId: number, payload: FillPayload): Promise<FillReply | { filled: false; error: string }> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    // Serialised into the frame: it may use only its arguments and what apply-form.js left there.
    func: async (key: string, data: unknown) => {
      const state = (globalThis as unknown as Record<string, { fill(payload: unknown): Promise<unknown> } | undefined>)[key];
      try {
        return state ? await state.fill(data) : { error: 'the page changed since it was read' };
      } catch (error) {
        return { error: String(error) };
      }
    },
    args: [FRAME_STATE_KEY, payload],
  });
  const parsed = v.safeParse(FillReplySchema, injection?.result);
  if (parsed.success) return parsed.output;
  const error = (injection?.result as { error?: unknown } | null)?.error;
  return { filled: false, error: typeof error === 'string' ? error : 'no answer from the page' };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The outcome of a context-menu fill, for the panel to show (with Undo, or the chooser). */
export async function announceFill(outcome: FillOutcome): Promise<void> {
  await applyNoticeItem.setValue({ id: crypto.randomUUID(), outcome });
  if (outcome.kind !== 'choose' && outcome.jobId) await panelRequestItem.setValue({ id: crypto.randomUUID(), view: 'letter', jobId: outcome.jobId });
}

/**
 * The context-menu click: the panel of the window opens (in the gesture) and runs `fillTab` for
 * the tab, where the letter view shows the result with Undo. The fill itself runs in the panel
 * so the PDF and DOCX writers stay out of the service worker (they are most of its size).
 */
export async function requestFill(tab: Browser.tabs.Tab, info: { frameId?: number; editable?: boolean }, opening: Promise<boolean>): Promise<void> {
  await applyRequestItem.setValue({
    id: crypto.randomUUID(), tabId: tab.id!, windowId: tab.windowId, frameId: info.frameId, editable: info.editable, at: Date.now(),
  });
  if (!(await opening)) await openPanelPage();
}

/** Context menu, follow-up reminders and the badge hint on application pages. */
export function registerApplyEntryPoints(): void {
  // The menu item itself is made with the others, in one place (capture-service's createMenus).
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_FILL || tab?.id === undefined) return;
    const opening = openPanelInGesture(tab); // before any await: only a gesture may open it
    void requestFill(tab, { frameId: info.frameId, editable: info.editable }, opening);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(REMINDER_PREFIX)) void remindAbout(alarm.name, NOTIFICATION_PREFIX);
  });
  // Alarms may not survive a browser restart or an update; the jobs remember the reminders.
  const rearm = () => void listJobSummaries().then(({ items }) => restoreReminders(items)).catch(() => undefined);
  browser.runtime.onStartup.addListener(rearm);
  browser.runtime.onInstalled.addListener(rearm);

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void hintApplicationPage(tabId, tab);
  });
}

/**
 * The badge hint: on a page we may read (the browser shows us its address only then) that belongs
 * to a job with a finished letter not yet sent, and that has a cover-letter field, the badge says
 * so. Pages of no job are never scripted.
 */
async function hintApplicationPage(tabId: number, tab: Browser.tabs.Tab): Promise<void> {
  try {
    if (unreadablePageReason(tab.url, true)) return;
    const jobs = (await finishedJobs()).filter((job) => job.application.status === 'Not applied');
    const job = jobs.find((j) => matchScore(j, { urls: [tab.url!], texts: [] }) >= 0.9);
    if (!job) return;
    const frames = await scanFrames(tabId);
    if (!frames.some((f) => f.targets.length > 0)) return;
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    await action?.setBadgeText({ tabId, text: '✎' });
    await action?.setTitle({ tabId, title: `Cover Letter Studio: your letter for ${job.company} can be filled in here (right-click the field, or “Fill on page”)` });
  } catch {
    // No access to this page: no hint, nothing else changes.
  }
}
