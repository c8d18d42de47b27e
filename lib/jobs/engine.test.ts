import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { announceChanges, getJob, getLetter, listLettersForJob, saveJob, updateJob, watchChanges } from '../db';
import { generateLetter } from '../llm/generate';
import { DEFAULT_SETTINGS, type Settings } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { saveSettings } from '../settings';
import { JobEngine } from './engine';
import { cancelJob, createGenerationJob, queueJob } from './operations';
import { claimJobs } from './scheduler';
import { LEASE_MS } from './timing';
import { deleteAllData } from '../backup/delete-all';

const mockLlm = useMockLlm({ timeScale: 0.2 });

/** Every engine a test starts is stopped after it: a leftover one would claim the next test's jobs. */
const engines: JobEngine[] = [];
afterEach(() => engines.splice(0).forEach((e) => e.stop()));

function engineWith(settings: Partial<Settings> = {}, extra: Partial<ConstructorParameters<typeof JobEngine>[0]> = {}) {
  const merged: Settings = { ...DEFAULT_SETTINGS, apiKey: 'sk-test', baseUrl: mockLlm().url, ...settings };
  const engine = new JobEngine({ generate: generateLetter, loadSettings: async () => merged, ...extra });
  engine.start();
  engines.push(engine);
  return engine;
}

const queueFor = (company: string, markers = '') =>
  queueJob({ profile: sampleProfile(), job: sampleJobDetails({ company, description: `${company} builds ledgers for small shops. ${markers}` }) });

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('job engine against the loopback model', () => {
  it('runs a queued job to COMPLETED and stores a letter that names the company and the person', async () => {
    const engine = engineWith();
    const job = await queueFor('Babbage & Co');
    const steps = new Set<string>();
    const unwatch = watchChanges(async () => {
      const current = await getJob(job.id);
      if (current) steps.add(current.currentStep);
    });
    await engine.pump();
    await engine.idle();
    unwatch();
    const done = await getJob(job.id);
    expect(done).toMatchObject({ status: 'COMPLETED', progress: 100, currentStep: 'Done', error: null, lease: null, attempts: 1 });
    expect(done?.usage.outputTokens).toBeGreaterThan(100);
    const letter = await getLetter(done!.coverLetterId!);
    const text = [letter!.opening, letter!.aboutMe, letter!.whyMe, letter!.whyCompany].join(' ');
    expect(text).toContain('Babbage & Co');
    expect(text).toContain('Analytical Engines Ltd');
    expect(steps).toContain('Writing');
    expect(done?.history).toEqual([expect.objectContaining({ outcome: 'completed' })]);
    engine.stop();
  });

  it('cancels a job in flight: the stream stops, the job ends CANCELLED (never FAILED) and no letter is saved', async () => {
    const engine = engineWith();
    // A stream of a minute: only a cancel that really stops it lets this test end in time.
    const job = await queueFor('Slow Co', '[[mock:duration=60000]]');
    void engine.pump();
    await waitFor(() => getJob(job.id), (j) => j?.currentStep === 'Writing');
    await cancelJob(job.id);
    await waitFor(() => Promise.resolve(engine.runningJobIds), (ids) => ids.length === 0);
    await engine.idle();
    expect((await getJob(job.id))?.status).toBe('CANCELLED');
    expect(await listLettersForJob(job.id)).toEqual([]);
    engine.stop();
  });

  it('fails a job with the settings hint when no key is set, without sending a request', async () => {
    const engine = engineWith({ apiKey: '' });
    mockLlm().clearRequests();
    const job = await queueFor('Keyless Co');
    await engine.pump();
    await engine.idle();
    expect(await getJob(job.id)).toMatchObject({ status: 'FAILED', error: 'Add your Anthropic API key in Settings' });
    expect(mockLlm().requests()).toHaveLength(0);
    engine.stop();
  });

  it('explains a refused key (401) on the job', async () => {
    const engine = engineWith({ apiKey: 'sk-bad-key' });
    const job = await queueFor('Refused Co');
    await engine.pump();
    await engine.idle();
    const failed = await getJob(job.id);
    expect(failed?.status).toBe('FAILED');
    expect(failed?.error).toMatch(/API key.*Settings/);
    engine.stop();
  });

  it('writes no more letters at once than the concurrency limit, and runs them all', async () => {
    let writing = 0;
    let most = 0;
    const engine = engineWith({ maxConcurrentJobs: 2 }, {
      generate: async (request) => {
        most = Math.max(most, ++writing);
        try {
          return await generateLetter(request);
        } finally {
          writing--;
        }
      },
    });
    const jobs = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((c) => queueFor(`Company ${c}`, '[[mock:tokens=60]]')));
    await engine.pump();
    await engine.idle();
    expect(most).toBe(2);
    for (const job of jobs) expect((await getJob(job.id))?.status).toBe('COMPLETED');
    engine.stop();
  });

  it('follows settings saved while it runs: a concurrency lowered to 1 holds for the jobs claimed after', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-test', baseUrl: mockLlm().url, maxConcurrentJobs: 3 });
    let writing = 0;
    let most = 0;
    const engine = new JobEngine({
      generate: async (request) => {
        most = Math.max(most, ++writing);
        try {
          return await generateLetter(request);
        } finally {
          writing--;
        }
      },
    });
    engine.start();
    engines.push(engine);
    const first = await queueFor('Company First', '[[mock:tokens=60]]');
    await engine.pump();
    await engine.idle();
    expect((await getJob(first.id))?.status).toBe('COMPLETED');
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-test', baseUrl: mockLlm().url, maxConcurrentJobs: 1 });
    const later = await Promise.all(['A', 'B', 'C'].map((c) => queueFor(`Company ${c}`, '[[mock:tokens=60]]')));
    await engine.pump();
    await engine.idle();
    expect(most).toBe(1);
    for (const job of later) expect((await getJob(job.id))?.status).toBe('COMPLETED');
  });

  it('uses settings saved just before a job is queued, even when their change event reaches the worker later', async () => {
    // In Chrome the storage change event and the message that queues the job travel apart: hold the event back.
    const addListener = vi.spyOn(browser.storage.local.onChanged, 'addListener').mockImplementation(() => {});
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: '', baseUrl: mockLlm().url });
    const engine = new JobEngine({ generate: generateLetter });
    engine.start();
    engines.push(engine);
    // A first fill reads (and keeps) the settings without a key.
    await engine.pump();
    await engine.idle();
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-saved-just-now', baseUrl: mockLlm().url });
    const job = await queueFor('Key Just Saved');
    await engine.startQueued();
    await engine.idle();
    addListener.mockRestore();
    expect((await getJob(job.id))?.status).toBe('COMPLETED');
    expect(mockLlm().requests().at(-1)?.headers.authorization).toBe('Bearer sk-saved-just-now');
  });

  it('uses settings saved while an earlier fill is still running, for a job queued after them', async () => {
    // The worker's first fill reads the settings (no key yet) and is still busy when the user saves a
    // key and queues a job; that fill's claim then finds the job.
    const addListener = vi.spyOn(browser.storage.local.onChanged, 'addListener').mockImplementation(() => {});
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: '', baseUrl: mockLlm().url });
    const realGet = browser.storage.local.get.bind(browser.storage.local);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    vi.spyOn(browser.storage.local, 'get').mockImplementation((async (...args: Parameters<typeof realGet>) => {
      const value = await realGet(...args);
      if (first) {
        first = false;
        await held;
      }
      return value;
    }) as typeof realGet);
    const engine = new JobEngine({ generate: generateLetter });
    engine.start();
    engines.push(engine);
    const firstFill = engine.pump();
    await saveSettings({ ...DEFAULT_SETTINGS, apiKey: 'sk-saved-during-a-fill', baseUrl: mockLlm().url });
    const job = await queueFor('Key Saved Mid-Fill');
    const queued = engine.startQueued();
    release();
    await Promise.all([firstFill, queued]);
    await engine.idle();
    addListener.mockRestore();
    expect((await getJob(job.id))?.status).toBe('COMPLETED');
    expect(mockLlm().requests().at(-1)?.headers.authorization).toBe('Bearer sk-saved-during-a-fill');
  });

  it('picks up a job whose runner died mid-job and completes it', async () => {
    const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Orphan Ltd' }) });
    await saveJob(job);
    // A runner claimed it long ago and vanished without a heartbeat.
    await claimJobs('dead-runner', 2, Date.now() - LEASE_MS - 1000);
    const engine = engineWith();
    await engine.pump();
    await engine.idle();
    const done = await getJob(job.id);
    expect(done).toMatchObject({ status: 'COMPLETED', attempts: 2 });
    expect(done?.history.map((a) => a.outcome)).toEqual(['interrupted', 'completed']);
    engine.stop();
  });

  it('starts newly queued work without a recovery pass; the next pump (wake-up, watchdog) recovers the orphan', async () => {
    const engine = engineWith();
    // The worker's start: its first pump recovers (nothing to recover yet).
    await engine.pump();
    const orphan = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Orphan Ltd' }) });
    await saveJob(orphan);
    await claimJobs('dead-runner', 2, Date.now() - LEASE_MS - 1000);
    const fresh = await queueFor('Fresh Co', '[[mock:tokens=60]]');
    await engine.startQueued();
    await engine.idle();
    expect((await getJob(fresh.id))?.status).toBe('COMPLETED');
    expect((await getJob(orphan.id))?.status).toBe('IN_PROGRESS');
    await engine.pump();
    await engine.idle();
    expect(await getJob(orphan.id)).toMatchObject({ status: 'COMPLETED', attempts: 2 });
  });

  it('keeps writes for a 2,000-token letter bounded by time, not by tokens', async () => {
    const engine = engineWith();
    const job = await queueFor('Long Letter Co', '[[mock:tokens=2000]] [[mock:slow=2]]');
    let writes = 0;
    const unwatch = watchChanges((changes) => {
      if (changes.some((c) => c.store === 'jobs' && c.ids.includes(job.id))) writes++;
    });
    await engine.pump();
    await engine.idle();
    unwatch();
    expect((await getJob(job.id))?.status).toBe('COMPLETED');
    // ~2,000 tokens arrive in hundreds of chunks; writes follow the clock, not the chunks. The exact count
    // per PROGRESS_WRITE_MS, on a fake clock, is in runner-guarantees.test.ts (no real clock asserted here).
    expect(writes).toBeLessThan(100);
  });

  it('runs a job once when its lease lapses mid-stream (a laptop that slept): one request, one letter, COMPLETED', async () => {
    const engine = engineWith();
    const job = await queueFor('Sleepy Co', '[[mock:slow=40]]');
    void engine.pump();
    await waitFor(() => getJob(job.id), (j) => j?.currentStep === 'Writing');
    // The machine wakes up: the clock has moved past the lease while the stream is still alive.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + LEASE_MS * 4);
      await engine.pump(); // what the watchdog alarm does on wake-up
      await engine.idle();
    } finally {
      vi.useRealTimers();
    }
    expect(engine.runningJobIds).toEqual([]);
    expect(await getJob(job.id)).toMatchObject({ status: 'COMPLETED', attempts: 1, error: null });
    expect(await listLettersForJob(job.id)).toHaveLength(1);
    expect(mockLlm().requests().filter((r) => r.path.endsWith('/messages'))).toHaveLength(1);
    engine.stop();
  });

  it('lets only the run holding the current claim finish the job: a stale run neither cancels nor completes it', async () => {
    const engine = engineWith();
    const job = await queueFor('Stale Claim Co', '[[mock:slow=60]]');
    void engine.pump();
    await waitFor(() => getJob(job.id), (j) => j?.currentStep === 'Writing');
    // Someone else re-claimed the job under the same engine id (what recovery + a second claim did before tokens).
    await updateJob(job.id, (j) => ({ ...j, lease: { owner: engine.owner, token: 'another-claim', expiresAt: Date.now() + 60_000 } }));
    await waitFor(() => Promise.resolve(engine.runningJobIds), (ids) => ids.length === 0);
    await engine.idle();
    const after = await getJob(job.id);
    expect(after).toMatchObject({ status: 'IN_PROGRESS', lease: { token: 'another-claim' } });
    expect(await listLettersForJob(job.id)).toHaveLength(0);
    engine.stop();
  });

  it('puts a job back in the queue for a retry-after over a minute, and starts it on its own when the time comes', async () => {
    const wakes: Array<number | null> = [];
    const engine = engineWith({}, { onWakeAt: (at) => wakes.push(at) });
    // "Come back in two minutes": the client must not sleep through it in the worker.
    mockLlm().setScenario({ status: 429, retryAfterSeconds: 120 }, 1);
    const job = await queueFor('Busy API Co');
    const before = Date.now();
    await engine.pump();
    await engine.idle();
    const waiting = await getJob(job.id);
    expect(waiting).toMatchObject({ status: 'PENDING', waitReason: 'rate limit', error: null, lease: null });
    expect(waiting!.notBefore).toBeGreaterThanOrEqual(before + 120_000);
    expect(waiting!.history.at(-1)).toMatchObject({ outcome: 'rescheduled' });
    expect(mockLlm().requests().filter((r) => r.path.endsWith('/messages'))).toHaveLength(1);
    expect(wakes.at(-1)).toBe(waiting!.notBefore);
    // Nothing claims it before its time…
    expect(await claimJobs('other-runner', 3, waiting!.notBefore! - 1)).toEqual([]);
    // …and when the alarm fires at that time, it runs to the end.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(waiting!.notBefore! + 1);
      await engine.pump();
      await engine.idle();
    } finally {
      vi.useRealTimers();
    }
    expect(await getJob(job.id)).toMatchObject({ status: 'COMPLETED', notBefore: null, waitReason: '', attempts: 2 });
    engine.stop();
  });

  it('retries a stream that broke part-way by itself, continuing from the text already paid for', async () => {
    const engine = engineWith();
    mockLlm().setScenario({ breakAfter: 40 }, 1);
    const job = await queueFor('Flaky Network Co');
    await engine.pump();
    await waitFor(() => getJob(job.id), (j) => j?.status === 'COMPLETED', 15_000);
    const done = await getJob(job.id);
    expect(done?.history.map((a) => [a.outcome, a.continuation])).toEqual([['retrying', null], ['completed', 'continued']]);
    const [first, second] = mockLlm().requests().filter((r) => r.path.endsWith('/messages')).map((r) => r.body as { messages: { role: string; content: string }[] });
    expect(first!.messages.at(-1)?.role).toBe('user');
    expect(second!.messages.at(-1)?.role).toBe('assistant');
    const letter = await getLetter(done!.coverLetterId!);
    expect([letter!.opening, letter!.whyCompany].join(' ')).toContain('Flaky Network Co');
  });

  it('claims nothing once stopped, even when a run that was still going ends afterwards', async () => {
    const engine = engineWith();
    const first = await queueFor('Last Before Stop', '[[mock:slow=20]]');
    void engine.pump();
    await waitFor(() => getJob(first.id), (j) => j?.currentStep === 'Writing');
    engine.stop();
    const later = await queueFor('After Stop Co');
    await engine.idle();
    await engine.pump();
    expect((await getJob(later.id))?.status).toBe('PENDING');
  });

  describe('a model that stays silent: only the engine\'s watch of the job can stop the request', () => {
    // The runner's heartbeat (a setInterval) would also notice a lost claim, seconds later: it is
    // frozen here, so a request that ends proves the engine's own watch of the change stopped it.
    const freezeHeartbeat = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    afterEach(() => vi.useRealTimers());

    async function silentRun(engine: JobEngine, company: string) {
      const job = await queueFor(company, '[[mock:hang]]');
      void engine.pump();
      await vi.waitFor(() => expect(mockLlm().openRequests()).toBe(1), { timeout: 5_000 });
      expect(engine.runningJobIds).toEqual([job.id]);
      return job;
    }

    it('a cancel stops the open request at once and frees the slot; the job ends CANCELLED', async () => {
      freezeHeartbeat();
      const finished: string[] = [];
      const engine = engineWith({}, { onJobFinished: (j, outcome) => finished.push(`${j.id}:${outcome}`) });
      const job = await silentRun(engine, 'Silent Co');
      await cancelJob(job.id);
      await vi.waitFor(() => expect(mockLlm().openRequests()).toBe(0), { timeout: 5_000 });
      await engine.idle();
      expect(engine.runningJobIds).toEqual([]);
      expect(await getJob(job.id)).toMatchObject({ status: 'CANCELLED', coverLetterId: null });
      expect(finished).toEqual([`${job.id}:CANCELLED`]);
    });

    it('a change to another job, or to letters and profiles, leaves the silent request running', async () => {
      freezeHeartbeat();
      const engine = engineWith();
      const job = await silentRun(engine, 'Quiet Co');
      const other = await queueFor('Other Co');
      await cancelJob(other.id);
      // The same kind of announcement for a store other than jobs, naming the running job's id.
      await announceChanges([{ store: 'letters', ids: [job.id], op: 'delete' }]);
      // A marker change: once the engine has looked at it, it has looked at the ones before.
      await updateJob(job.id, (j) => ({ ...j, currentStep: 'Writing' }));
      await vi.waitFor(async () => expect((await getJob(job.id))?.currentStep).toBe('Writing'));
      expect(mockLlm().openRequests()).toBe(1);
      expect(engine.runningJobIds).toEqual([job.id]);
      engine.stop();
      await vi.waitFor(() => expect(mockLlm().openRequests()).toBe(0), { timeout: 5_000 });
    });

    it('deleting all data (a change to every store) stops the request of a job that no longer exists', async () => {
      freezeHeartbeat();
      const busy: boolean[] = [];
      const finished: string[] = [];
      const engine = engineWith({}, { onBusyChange: (b) => busy.push(b), onJobFinished: (j) => finished.push(j.id) });
      const crashes = vi.spyOn(console, 'error');
      const job = await silentRun(engine, 'Wiped Co');
      await deleteAllData();
      await vi.waitFor(() => expect(mockLlm().openRequests()).toBe(0), { timeout: 5_000 });
      await engine.idle();
      expect(engine.runningJobIds).toEqual([]);
      expect(await getJob(job.id)).toBeUndefined();
      expect(finished).toEqual([]);
      expect(busy).toEqual([true, false]);
      // The user deleted everything: the run ends quietly, not as a crash.
      expect(crashes).not.toHaveBeenCalledWith('Job runner crashed', expect.anything());
      crashes.mockRestore();
    });
  });
});
