/**
 * Goals 1–4 of issue 10, on the store build (.output/chrome-mv3) in Chromium, driven as a user
 * would: the jobs arrive through Settings → "Import data" (a backup file in "Export all data"'s
 * format, e2e/support/large-backup.ts), the panel is opened by navigating to sidepanel.html, and
 * everything is read from what the panel shows (roles, labels, text), never from its stores.
 *
 * - open → first job listed: from navigation start (performance.timeOrigin) to the first job card
 *   of the "Generation jobs" list being in the DOM with a box and a company name. A MutationObserver
 *   installed as the document is created notes the moment (no polling interval in the figure).
 * - heap: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (used size) of the panel.
 * - cards in the DOM: the list's items after it settled, against how many fit in the window.
 * - "Search jobs": from the input event of typing a company into the box to the list showing only
 *   matching cards (the same observer), median of several queries.
 */
import { rmSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { companyName, writeLargeBackup } from '../e2e/support/large-backup';
import { openTab } from '../e2e/support/panel';
import { asBenchRows, reportGoal, reportUnmeasured, type GoalRow } from './goals';
import { BenchFailure, median, ms, requireSamples, type BenchRow } from './table';

const OPENS = 5;
const OPENS_10K = 3;
const PANEL_WIDTH = 400;
const LIST = 'Generation jobs';
const IMPORT_TIMEOUT_MS = 240_000;
const FIRST_CARD_TIMEOUT_MS = 240_000;

/**
 * Runs in the panel from the first moment of its document: `__firstCard` resolves with
 * performance.now() when a job card is in the list with a box. Kept as a string: it is installed
 * with CDP's Page.addScriptToEvaluateOnNewDocument (Playwright's init scripts skip extension pages).
 */
const FIRST_CARD_PROBE = `(() => {
  globalThis.__name = globalThis.__name || ((fn) => fn);
  const ITEMS = '[role="listitem"], li, [role="option"], [role="article"], article, [role="row"]';
  const find = () => {
    const list = document.querySelector('[aria-label="${LIST}"]');
    if (!list) return false;
    // The first few items only (a windowed list may lead with a spacer): cheap enough to run on
    // every DOM change while a big list renders.
    const items = list.querySelectorAll(ITEMS);
    for (let i = 0; i < Math.min(items.length, 5); i++) {
      if (!/Company \\d{5}/.test(items[i].textContent || '')) continue;
      const box = items[i].getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return true;
    }
    return false;
  };
  globalThis.__firstCard = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (find()) { observer.disconnect(); resolve(performance.now()); }
    });
    // Cards arrive as inserted nodes; their text is set in the same task, before this callback.
    observer.observe(document, { subtree: true, childList: true });
  });
})();`;

interface Loaded {
  ext: ExtensionSession;
  page: Page;
  cdp: CDPSession;
  url: string;
  backupBytes: number;
}

/** A fresh browser with the store build, `jobs` finished jobs imported through Settings → "Import data". */
async function panelWithJobs(jobs: number): Promise<Loaded> {
  progress(`importing ${jobs} jobs through "Import data"…`);
  const backup = writeLargeBackup({ jobs, settings: { apiKey: 'sk-bench', notifications: false } });
  const ext = await launchExtension({ extensionDir: EXTENSION_DIR });
  try {
    const page = await ext.openPanel({ width: PANEL_WIDTH });
    await openTab(page, 'Settings');
    await page.getByLabel('Import data', { exact: true }).setInputFiles(backup.file);
    const imported = page.getByRole('status').filter({ hasText: /Imported/ });
    const problem = page.getByRole('alert');
    await Promise.race([imported.waitFor({ timeout: IMPORT_TIMEOUT_MS }), problem.waitFor({ timeout: IMPORT_TIMEOUT_MS })]);
    if (await problem.isVisible()) throw new BenchFailure(`"Import data" refused the ${jobs}-job backup: ${await problem.innerText()}`);
    const said = await imported.innerText();
    const count = /([\d,]+) jobs?\b/.exec(said)?.[1];
    if (count !== undefined && Number(count.replace(/,/g, '')) !== jobs) throw new BenchFailure(`"Import data" of ${jobs} jobs said: ${said}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FIRST_CARD_PROBE });
    return { ext, page, cdp, url: `chrome-extension://${ext.extensionId}/sidepanel.html`, backupBytes: backup.bytes };
  } catch (error) {
    await ext.close();
    throw error;
  } finally {
    rmSync(backup.file, { force: true });
  }
}

/** One panel open: navigation start → first job card listed, in ms. */
async function openOnce({ page, url }: Loaded): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const installed = await page.evaluate(() => '__firstCard' in globalThis);
  if (!installed) throw new BenchFailure('the first-card probe did not run at document start: the open time cannot be measured');
  const at = await page.evaluate(
    (timeout) =>
      Promise.race([
        (globalThis as unknown as { __firstCard: Promise<number> }).__firstCard,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no job card listed within ${timeout} ms`)), timeout)),
      ]),
    FIRST_CARD_TIMEOUT_MS,
  );
  return at;
}

/** `runs` opens; stops after the first when that one took over `enoughMs` (40× the goal says all there is to say). */
async function opens(loaded: Loaded, runs: number, what: string, enoughMs = Number.POSITIVE_INFINITY): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await openOnce(loaded));
    progress(`${what}: open ${i + 1}/${runs}: ${times.at(-1)!.toFixed(0)} ms`);
    if (times[0]! > enoughMs) break;
  }
  return requireSamples(what, times, times[0]! > enoughMs ? 1 : runs);
}

/** The number of job cards in the list's DOM once it stopped changing (same count for 20 checks 25 ms apart). */
async function settledCards(page: Page): Promise<{ cards: number; cardHeight: number; viewport: number }> {
  return page.evaluate(
    (label) =>
      new Promise((resolve, reject) => {
        const ITEMS = '[role="listitem"], li, [role="option"], [role="article"], article, [role="row"]';
        // Cards, not what they hold: an item inside another item (a card's own article) is part of it.
        const count = () => {
          const list = document.querySelector(`[aria-label="${label}"]`);
          return [...(list?.querySelectorAll(ITEMS) ?? [])].filter((item) => {
            const outer = item.parentElement?.closest(ITEMS);
            return !outer || !list!.contains(outer);
          }).length;
        };
        const giveUp = Date.now() + 120_000;
        let last = -1;
        let same = 0;
        const tick = () => {
          const now = count();
          same = now === last ? same + 1 : 0;
          last = now;
          if (Date.now() > giveUp) return reject(new Error(`the jobs list kept changing for 2 minutes (${now} cards)`));
          if (same < 20) return void setTimeout(tick, 25);
          const first = document.querySelector(`[aria-label="${label}"]`)?.querySelector(ITEMS);
          resolve({ cards: now, cardHeight: first?.getBoundingClientRect().height ?? 0, viewport: innerHeight });
        };
        tick();
      }),
    LIST,
  );
}

/**
 * Waits until the list holds all `jobs`: its rows' aria-setsize says so (a windowed list), or that
 * many rows are in the DOM (a list that renders everything). A list reading its first page first
 * is not loaded until then.
 */
async function allListed(page: Page, jobs: number): Promise<void> {
  await page.waitForFunction(
    ({ label, jobs }) => {
      const list = document.querySelector(`[aria-label="${label}"]`);
      const setsize = Number(list?.querySelector('[aria-setsize]')?.getAttribute('aria-setsize') ?? 0);
      return setsize >= jobs || (list?.children.length ?? 0) >= jobs;
    },
    { label: LIST, jobs },
    { timeout: 240_000, polling: 250 },
  );
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** Types `query` into "Search jobs"; ms from its input event to the list showing only matching cards. */
export async function searchOnce(page: Page, query: string): Promise<number> {
  await page.evaluate(
    ({ query, label }) => {
      const ITEMS = '[role="listitem"], li, [role="option"], [role="article"], article, [role="row"]';
      const g = globalThis as unknown as { __search?: Promise<number> };
      g.__search = new Promise((resolve) => {
        let typedAt = 0;
        const answered = () => {
          const items = [...(document.querySelector(`[aria-label="${label}"]`)?.querySelectorAll(ITEMS) ?? [])];
          return items.length > 0 && items.every((item) => (item.textContent ?? '').toLowerCase().includes(query.toLowerCase()));
        };
        const observer = new MutationObserver(() => {
          if (typedAt && answered()) {
            observer.disconnect();
            resolve(performance.now() - typedAt);
          }
        });
        addEventListener('input', () => {
          typedAt = performance.now();
          observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
          // A list that answers within the same task has nothing left to observe.
          queueMicrotask(() => {
            if (answered()) {
              observer.disconnect();
              resolve(performance.now() - typedAt);
            }
          });
        }, { capture: true, once: true });
      });
    },
    { query, label: LIST },
  );
  const box = page.getByLabel('Search jobs', { exact: true });
  await box.fill(query);
  const took = await page.evaluate(
    () =>
      Promise.race([
        (globalThis as unknown as { __search: Promise<number> }).__search,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the list did not show only matching jobs within 120 s')), 120_000)),
      ]),
  );
  // Back to every job, as the next query starts from the whole list.
  await box.fill('');
  await page.waitForFunction(
    ({ query, label }) => {
      const items = [...(document.querySelector(`[aria-label="${label}"]`)?.querySelectorAll('[role="listitem"], li, [role="option"], [role="article"], article, [role="row"]') ?? [])];
      return items.some((item) => !(item.textContent ?? '').includes(query));
    },
    { query, label: LIST },
    { timeout: 30_000 },
  );
  return took;
}

/** A slow benchmark says what it is doing (stderr, so tables stay clean). */
const progress = (message: string) => console.error(`  [panel] ${message}`);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs `measure`; when it throws, the goal is reported as not measured (the run then fails) and the rest go on. */
async function attempt(order: number, measure: string, goal: string, work: () => Promise<void>, limitMs = 600_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    // A panel too busy to answer fails this measure (loudly) instead of hanging the whole run.
    await Promise.race([work(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new BenchFailure(`no answer within ${limitMs / 1000} s`)), limitMs)))]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.error(`${measure}: could not measure: ${error instanceof Error ? error.stack : error}`);
    reportUnmeasured(order, measure, goal, reason);
  } finally {
    clearTimeout(timer);
  }
}

export async function runPanelScaleBench(): Promise<BenchRow[]> {
  const goals: GoalRow[] = [];
  const report = (row: GoalRow) => {
    goals.push(row);
    reportGoal(row);
  };

  let open10: number | null = null;
  await attempt(11, 'panel open → first job listed, 10 jobs', 'reference for the ratio', async () => {
    const loaded = await panelWithJobs(10);
    try {
      open10 = median(await opens(loaded, OPENS, 'open with 10 jobs'));
    } finally {
      await loaded.ext.close();
    }
  });

  const open1000Name = 'panel open → first job listed, 1,000 jobs';
  const cardsName = 'job cards in the DOM, 1,000 jobs';
  const loaded1000 = await panelWithJobs(1000).catch((error: unknown) => {
    for (const [order, name, goal] of [[10, open1000Name, '≤ 300 ms'], [30, cardsName, 'a screenful plus a margin']] as const) reportUnmeasured(order, name, goal, String(error));
    return null;
  });
  if (loaded1000) {
    try {
      await attempt(10, open1000Name, '≤ 300 ms', async () => {
        const times = await opens(loaded1000, OPENS, 'open with 1,000 jobs');
        const open1000 = median(times);
        report({ order: 10, measure: open1000Name, now: ms(open1000), goal: '≤ 300 ms', met: open1000 <= 300, note: `median of ${OPENS} opens (${times.map((t) => t.toFixed(0)).join(', ')} ms); backup ${mb(loaded1000.backupBytes)}` });
        if (open10 === null) throw new BenchFailure('no 10-job figure to compare with');
        const ratio = open1000 / open10;
        report({ order: 11, measure: '  ÷ the same with 10 jobs', now: `${ratio.toFixed(2)}×`, goal: '≤ 1.5×', met: ratio <= 1.5, note: `10 jobs: median ${ms(open10)} of ${OPENS} opens` });
      });
      await attempt(30, cardsName, 'a screenful plus a margin', async () => {
        const { cards, cardHeight, viewport } = await settledCards(loaded1000.page);
        if (cards === 0 || cardHeight === 0) throw new BenchFailure(`${cards} cards, the first ${cardHeight} px high`);
        const screenful = Math.ceil(viewport / cardHeight);
        // A window of what shows plus a margin: at most three screenfuls of cards.
        report({ order: 30, measure: cardsName, now: String(cards), goal: `≤ ${3 * screenful} (3 screenfuls)`, met: cards <= 3 * screenful, note: `a ${viewport} px window holds ${screenful} cards of ${cardHeight.toFixed(0)} px` });
      });
    } finally {
      await loaded1000.ext.close();
    }
  }

  const open10kName = 'panel open → first job listed, 10,000 jobs';
  const heapName = '  JS heap after load, 10,000 jobs';
  const searchName = '"Search jobs" answer, 10,000 jobs';
  const loaded10k = await panelWithJobs(10_000).catch((error: unknown) => {
    for (const [order, name, goal] of [[20, open10kName, '≤ 500 ms'], [21, heapName, '≤ 40 MB'], [40, searchName, '≤ 50 ms']] as const) reportUnmeasured(order, name, goal, String(error));
    return null;
  });
  if (loaded10k) {
    try {
      await attempt(20, open10kName, '≤ 500 ms', async () => {
        const times = await opens(loaded10k, OPENS_10K, 'open with 10,000 jobs', 20_000);
        const open = median(times);
        report({ order: 20, measure: open10kName, now: ms(open), goal: '≤ 500 ms', met: open <= 500, note: `median of ${times.length} opens${times.length < OPENS_10K ? ' (one over 20 s is enough)' : ''} (${times.map((t) => t.toFixed(0)).join(', ')} ms); backup ${mb(loaded10k.backupBytes)}` });
      });
      await attempt(21, heapName, '≤ 40 MB', async () => {
        await allListed(loaded10k.page, 10_000);
        // Once the list stopped changing; a panel too busy to tell within a minute is measured as it is.
        const settled = await Promise.race([settledCards(loaded10k.page).then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 60_000))]);
        const heap = await heapUsed(loaded10k.cdp);
        report({ order: 21, measure: heapName, now: mb(heap), goal: '≤ 40 MB', met: heap <= 40 * 1024 * 1024, note: `after GC (CDP Runtime.getHeapUsage usedSize)${settled ? '' : '; the list was still busy a minute after the open'}` });
      }, 300_000);
      await attempt(40, searchName, '≤ 50 ms', async () => {
        if ((await loaded10k.page.getByLabel('Search jobs', { exact: true }).count()) === 0) throw new BenchFailure('the panel has no "Search jobs" box');
        // Whole, unique names: a search may match words anywhere ("0123" inside "00123"), so a prefix would be ambiguous.
        const queries = [companyName(4242), companyName(77), companyName(9001), companyName(123), companyName(5555)];
        const times: number[] = [];
        for (const q of queries) times.push(await searchOnce(loaded10k.page, q));
        requireSamples('search', times, queries.length);
        const answer = median(times);
        report({ order: 40, measure: searchName, now: ms(answer), goal: '≤ 50 ms', met: answer <= 50, note: `median of ${queries.length} queries (${times.map((t) => t.toFixed(0)).join(', ')} ms), input event → only matching cards listed` });
      }, 300_000);
    } finally {
      await loaded10k.ext.close();
    }
  }

  return asBenchRows(goals);
}
