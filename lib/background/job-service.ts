import { browser } from 'wxt/browser';
import { countActiveJobs, watchChanges } from '../db';
import { JobEngine } from '../jobs/engine';
import { deleteExpiredJobs, RETENTION_ALARM } from '../jobs/retention';
import { WAKE_ALARM, WATCHDOG_ALARM, WATCHDOG_PERIOD_MINUTES } from '../jobs/timing';
import { loadSettings } from '../settings';
import { generateLetter } from '../llm/generate';
import { isTrustedSender, parseRequest, type MessageSender, type Request, type Response } from '../messages';
import { updateBadge } from './badge';
import { findJobTabs, queueFromTabs } from './capture-service';
import { notifyJobFinished } from './notifications';

/**
 * Everything the background does for jobs, wired to browser events. Called synchronously from the
 * background's main so that every listener is registered before the event that woke it is dispatched.
 */
export function startJobService(): JobEngine {
  // Keeping Chrome's worker alive while jobs run is the runner's heartbeat: every job writes (a
  // storage call) at least every HEARTBEAT_MS, well inside the 30 s idle limit.
  const engine = new JobEngine({
    generate: generateLetter,
    onJobFinished: (job) => void notifyJobFinished(job),
    onBusyChange: (busy) => {
      if (busy) void ensureWatchdog();
    },
    // A job waiting for a rate limit's retry-after wakes the worker at its time; nothing stays awake meanwhile.
    onWakeAt: (at) => void setWakeAlarm(at),
  });
  engine.start();

  // After a browser restart the queue resumes at once, not at the next watchdog tick.
  browser.runtime.onStartup.addListener(() => {
    void kick(engine);
    void applyRetention();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
    if (!isTrustedSender(sender, browser.runtime.id, extensionOrigin)) {
      return Promise.resolve<Response>({ success: false, error: 'Messages are accepted only from Cover Letter Studio’s own pages.' });
    }
    const parsed = parseRequest(message);
    if (!parsed.ok) return Promise.resolve<Response>({ success: false, error: parsed.error });
    return handleRequest(engine, parsed.request);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHDOG_ALARM) void watchdogTick(engine);
    if (alarm.name === WAKE_ALARM) void kick(engine);
    if (alarm.name === RETENTION_ALARM) void applyRetention();
  });

  // Badge follows the job store wherever the change came from.
  watchChanges((changes) => {
    // Progress writes (several a second per running job) never change how many jobs are active.
    if (changes.some((c) => (c.store === 'jobs' && c.op !== 'progress') || c.store === 'all')) void updateBadge();
    // A restored backup may bring pending jobs: they start without waiting for the watchdog.
    if (changes.some((c) => c.store === 'all')) void kick(engine);
  });

  // "Keep finished jobs for": applied when the browser starts and once a day, not on every wake of the worker.
  void browser.alarms.get(RETENTION_ALARM).then(async (existing) => {
    if (!existing) await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60 });
  });

  // Every start of the worker doubles as start-up recovery.
  void engine.pump().then(() => updateBadge()).catch((error) => console.error('Could not resume jobs', error));
  return engine;
}

async function handleRequest(engine: JobEngine, request: Request): Promise<Response> {
  try {
    switch (request.type) {
      case 'START_GENERATION_JOB':
        void startNewWork(engine);
        return { success: true, jobId: request.jobId };
      case 'FIND_JOB_TABS':
        return { success: true, tabs: await findJobTabs(request.windowId) };
      case 'QUEUE_FROM_TABS': {
        const results = await queueFromTabs(engine, request.tabIds);
        void startNewWork(engine);
        return { success: true, results };
      }
    }
  } catch (error) {
    return { success: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A wake-up (alarm, browser start, restored backup): recover orphans, start what waits, keep the watchdog. */
export async function kick(engine: JobEngine): Promise<void> {
  await Promise.all([ensureWatchdog(), engine.pump()]);
}

/** New work: start it now, and make sure the watchdog is there should the worker die meanwhile. */
export async function startNewWork(engine: JobEngine): Promise<void> {
  await Promise.all([ensureWatchdog(), engine.startQueued()]);
}

/** Wakes the worker every 30 s while jobs exist, so a job whose worker died is picked up again. */
async function ensureWatchdog(): Promise<void> {
  const existing = await browser.alarms.get(WATCHDOG_ALARM);
  if (!existing) await browser.alarms.create(WATCHDOG_ALARM, { periodInMinutes: WATCHDOG_PERIOD_MINUTES });
}

async function applyRetention(): Promise<void> {
  try {
    await deleteExpiredJobs((await loadSettings()).keepFinishedJobsDays);
  } catch (error) {
    console.warn('Could not apply "Keep finished jobs for"', error);
  }
}

async function setWakeAlarm(at: number | null): Promise<void> {
  if (at === null) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing?.scheduledTime !== at) await browser.alarms.create(WAKE_ALARM, { when: at });
}

async function watchdogTick(engine: JobEngine): Promise<void> {
  await engine.pump();
  if ((await countActiveJobs()) === 0) await browser.alarms.clear(WATCHDOG_ALARM);
}
