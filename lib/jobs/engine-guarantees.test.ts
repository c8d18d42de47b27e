/**
 * What the job engine promises its callers (the background's alarms, badge and notifications),
 * tested with a scripted model: each letter is answered, failed or held by the test itself, so no
 * real clock decides which job runs when.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase, getJob, saveJob, updateJob } from '../db';
import type { GenerationRequest, GenerationResult } from '../llm/types';
import { DEFAULT_SETTINGS, type GenerationJob, type Settings } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { JobEngine, type JobEngineOptions } from './engine';
import { cancelJob, createGenerationJob, queueJob } from './operations';
import type { RunOutcome } from './runner';
import { claimJobs } from './scheduler';
import { letterContent, resultFor, settle } from './testing';
import { LEASE_MS } from './timing';

/** One request to the scripted model, answered (or failed) when the test says so. */
interface Call {
  company: string;
  signal: AbortSignal;
  answer(): void;
  fail(error: unknown): void;
}

/** A model the test drives: every request waits until the test answers or fails it; an abort ends it as a cancel. */
function scriptedModel() {
  const calls: Call[] = [];
  const generate = (request: GenerationRequest) =>
    new Promise<GenerationResult>((resolve, reject) => {
      const company = request.job.job.company;
      const cancelled = () => reject(Object.assign(new Error('Cancelled'), { kind: 'cancelled' }));
      if (request.signal.aborted) return cancelled();
      request.signal.addEventListener('abort', cancelled, { once: true });
      calls.push({
        company,
        signal: request.signal,
        answer: () => resolve(resultFor({ content: letterContent(company), text: 'letter' })),
        fail: reject,
      });
    });
  const companies = () => calls.map((c) => c.company);
  const call = (company: string) => {
    const found = calls.find((c) => c.company === company);
    if (!found) throw new Error(`${company} was never sent to the model; sent: ${companies().join(', ')}`);
    return found;
  };
  return { generate, calls, companies, call };
}

const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, apiKey: 'sk-test', ...overrides });

const engines: JobEngine[] = [];
afterEach(() => {
  engines.splice(0).forEach((e) => e.stop());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function startEngine(options: Partial<JobEngineOptions> & Pick<JobEngineOptions, 'generate'>, overrides: Partial<Settings> = {}, start = true) {
  const engine = new JobEngine({ loadSettings: async () => settings(overrides), ...options });
  if (start) engine.start();
  engines.push(engine);
  return engine;
}

const queueFor = (company: string) => queueJob({ profile: sampleProfile(), job: sampleJobDetails({ company }) });

const statusOf = async (id: string) => (await getJob(id))?.status;

/** An error as generateLetter throws it for a 429 or 529. */
const serverError = (kind: 'rate-limited' | 'overloaded', retryAfterMs: number | null) =>
  Object.assign(new Error(kind === 'rate-limited' ? 'The API is rate limiting requests.' : 'The API is overloaded.'), { kind, retryAfterMs });

/** A job left IN_PROGRESS by a runner that died long ago (its lease lapsed). */
async function orphan(company: string): Promise<GenerationJob> {
  const job = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company }) });
  await saveJob(job);
  await claimJobs('dead-runner', 5, Date.now() - LEASE_MS - 1000);
  return job;
}

describe('job engine: what it tells the background', () => {
  it('is busy from the first letter until the last one ends, tells each finished job once, and asks for no wake-up when nothing waits', async () => {
    const model = scriptedModel();
    const busy: boolean[] = [];
    const finished: Array<[string, RunOutcome]> = [];
    const wakes: Array<number | null> = [];
    const engine = startEngine(
      { generate: model.generate, onBusyChange: (b) => busy.push(b), onJobFinished: (j, o) => finished.push([j.company, o]), onWakeAt: (at) => wakes.push(at) },
      { maxConcurrentJobs: 2 },
    );
    const a = await queueFor('Alpha Co');
    const b = await queueFor('Beta Co');
    await engine.pump();
    expect(model.companies().sort()).toEqual(['Alpha Co', 'Beta Co']);
    expect(engine.runningJobIds.sort()).toEqual([a.id, b.id].sort());
    expect(busy).toEqual([true]);
    expect(wakes.at(-1)).toBeNull();

    model.call('Alpha Co').answer();
    await vi.waitFor(async () => expect(await statusOf(a.id)).toBe('COMPLETED'));
    await vi.waitFor(() => expect(finished).toHaveLength(1));
    // One letter is still being written: still busy.
    expect(busy).toEqual([true]);
    expect(engine.runningJobIds).toEqual([b.id]);

    model.call('Beta Co').answer();
    await engine.idle();
    expect(busy).toEqual([true, false]);
    expect(finished).toEqual([['Alpha Co', 'COMPLETED'], ['Beta Co', 'COMPLETED']]);
    expect(wakes.at(-1)).toBeNull();
  });

  it('does not tell a job as finished when it only went back to the queue for a long rate limit, and asks to be woken at its time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const model = scriptedModel();
    const finished: string[] = [];
    const wakes: Array<number | null> = [];
    const busy: boolean[] = [];
    const engine = startEngine({ generate: model.generate, onJobFinished: (j) => finished.push(j.company), onWakeAt: (at) => wakes.push(at), onBusyChange: (b) => busy.push(b) });
    const job = await queueFor('Busy API Co');
    await engine.pump();
    model.call('Busy API Co').fail(serverError('rate-limited', 120_000));
    await engine.idle();
    const waiting = await getJob(job.id);
    expect(waiting).toMatchObject({ status: 'PENDING', notBefore: Date.now() + 120_000 });
    expect(finished).toEqual([]);
    expect(busy).toEqual([true, false]);
    expect(wakes.at(-1)).toBe(waiting!.notBefore);
  });

  it('does not tell a job as finished when another claim took it while the letter was written (the run is lost, not cancelled)', async () => {
    const model = scriptedModel();
    const finished: string[] = [];
    const busy: boolean[] = [];
    const engine = startEngine({ generate: model.generate, onJobFinished: (j) => finished.push(j.company), onBusyChange: (b) => busy.push(b) });
    const job = await queueFor('Taken Co');
    await engine.pump();
    // Another claim of the job lands just before the letter arrives.
    await updateJob(job.id, (j) => ({ ...j, lease: { owner: 'another-engine', token: 'another-claim', expiresAt: Date.now() + 60_000 } }));
    model.call('Taken Co').answer();
    await engine.idle();
    expect(await getJob(job.id)).toMatchObject({ status: 'IN_PROGRESS', coverLetterId: null, lease: { token: 'another-claim' } });
    expect(finished).toEqual([]);
    expect(busy).toEqual([true, false]);
  });

  it('does not tell a job as finished when its run is stopped because another claim took the job', async () => {
    const model = scriptedModel();
    const finished: string[] = [];
    const engine = startEngine({ generate: model.generate, onJobFinished: (j) => finished.push(j.company) });
    const job = await queueFor('Taken Early Co');
    await engine.pump();
    await vi.waitFor(() => expect(model.companies()).toEqual(['Taken Early Co']));
    // Another claim lands while the model is still silent: the engine's watch stops this run.
    await updateJob(job.id, (j) => ({ ...j, lease: { owner: 'another-engine', token: 'another-claim', expiresAt: Date.now() + 60_000 } }));
    await vi.waitFor(() => expect(model.call('Taken Early Co').signal.aborted).toBe(true));
    await engine.idle();
    expect(await getJob(job.id)).toMatchObject({ status: 'IN_PROGRESS', lease: { token: 'another-claim' } });
    expect(finished).toEqual([]);
  });

  it('survives a runner that crashes: logs it, does not tell the job as finished, frees its run, and the job is recovered once its claim lapses', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const model = scriptedModel();
    const finished: string[] = [];
    const busy: boolean[] = [];
    const engine = startEngine({ generate: model.generate, onJobFinished: (j) => finished.push(j.company), onBusyChange: (b) => busy.push(b) });
    const broken = await queueFor('Broken Co');
    await engine.pump();
    // A generator bug: what it throws cannot even be read, so the runner itself fails.
    const unreadable = Object.defineProperty({}, 'message', {
      get() {
        throw new TypeError('unreadable error');
      },
    });
    model.call('Broken Co').fail(unreadable);
    await engine.idle();
    expect(logged).toHaveBeenCalledWith('Job runner crashed', expect.any(TypeError));
    expect(engine.runningJobIds).toEqual([]);
    expect(busy).toEqual([true, false]);
    expect(finished).toEqual([]);
    // The crashed run wrote nothing: the record still shows the claim, until it lapses.
    expect(await statusOf(broken.id)).toBe('IN_PROGRESS');
    vi.setSystemTime(Date.now() + LEASE_MS + 1);
    await engine.pump();
    expect(model.companies()).toEqual(['Broken Co', 'Broken Co']);
    model.calls[1]!.answer();
    await engine.idle();
    expect(await getJob(broken.id)).toMatchObject({ status: 'COMPLETED', attempts: 2 });
    expect(finished).toEqual(['Broken Co']);
  });
});

describe('job engine: slots', () => {
  it('starts the next letter while the previous one is still being saved: saving does not hold a slot', async () => {
    const model = scriptedModel();
    const engine = startEngine({ generate: model.generate }, { maxConcurrentJobs: 1 });
    // A regeneration: before saving, its runner reads the letter it replaces.
    const first = await queueJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'First Co' }), previousLetterId: 'an-earlier-letter' });
    const second = await queueFor('Second Co');
    await engine.pump();
    expect(model.companies()).toEqual(['First Co']);
    // Hold the letters store: the first job's save cannot go ahead until it is released.
    const db = await getDatabase();
    const lock = db.transaction('letters', 'readwrite');
    let held = true;
    const keepAlive = () => {
      if (held) void lock.objectStore('letters').get('nothing').then(keepAlive);
    };
    keepAlive();
    model.call('First Co').answer();
    await vi.waitFor(() => expect(model.companies()).toEqual(['First Co', 'Second Co']));
    expect(await statusOf(first.id)).toBe('IN_PROGRESS');
    held = false;
    await lock.done;
    model.call('Second Co').answer();
    await engine.idle();
    expect(await statusOf(first.id)).toBe('COMPLETED');
    expect(await statusOf(second.id)).toBe('COMPLETED');
  });

  it('a fill asked for while another is under way is not dropped: a watchdog pump during a start of queued work still recovers orphans', async () => {
    const model = scriptedModel();
    let gate: Promise<void> | null = null;
    const engine = startEngine({
      generate: model.generate,
      loadSettings: async () => {
        if (gate) await gate;
        return settings();
      },
    });
    await engine.pump();
    const lost = await orphan('Orphan Ltd');
    let open!: () => void;
    gate = new Promise<void>((resolve) => (open = resolve));
    const queued = engine.startQueued();
    const watchdog = engine.pump();
    gate = null;
    open();
    await Promise.all([queued, watchdog]);
    expect(model.companies()).toEqual(['Orphan Ltd']);
    model.call('Orphan Ltd').answer();
    await engine.idle();
    expect(await getJob(lost.id)).toMatchObject({ status: 'COMPLETED', attempts: 2 });
  });

  it('idle() also waits for a fill asked for while another was under way, so no job starts after it resolved', async () => {
    const model = scriptedModel();
    const gates: Array<() => void> = [];
    let gated = false;
    const fills: Array<number | null> = [];
    const engine = startEngine({
      generate: model.generate,
      onWakeAt: (at) => fills.push(at),
      loadSettings: async () => {
        if (gated) await new Promise<void>((resolve) => gates.push(resolve));
        return settings();
      },
    });
    await engine.pump();
    fills.length = 0;
    gated = true;
    void engine.startQueued();
    void engine.startQueued();
    // The first fill finds nothing and ends; the one asked for meanwhile is still reading its settings.
    await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0));
    gates[0]!();
    await vi.waitFor(() => expect(fills).toHaveLength(1));
    await vi.waitFor(() => expect(gates).toHaveLength(2));
    gated = false;
    const job = await queueFor('Meanwhile Co');
    let idle = false;
    void engine.idle().then(() => (idle = true));
    await settle();
    expect(idle).toBe(false);
    gates[1]!();
    await vi.waitFor(() => expect(model.companies()).toEqual(['Meanwhile Co']));
    model.call('Meanwhile Co').answer();
    await engine.idle();
    expect(idle).toBe(true);
    expect(await statusOf(job.id)).toBe('COMPLETED');
  });

  it("a fresh engine's first fill recovers orphans, even when it starts from newly queued work", async () => {
    const model = scriptedModel();
    const lost = await orphan('Orphan Ltd');
    const engine = startEngine({ generate: model.generate });
    await engine.startQueued();
    expect(model.companies()).toEqual(['Orphan Ltd']);
    model.call('Orphan Ltd').answer();
    await engine.idle();
    expect(await statusOf(lost.id)).toBe('COMPLETED');
  });

  it('runs queued work on a pump before start() too: start only adds the watch', async () => {
    const model = scriptedModel();
    const engine = startEngine({ generate: model.generate }, {}, false);
    const job = await queueFor('Early Co');
    await engine.pump();
    model.call('Early Co').answer();
    await engine.idle();
    expect(await statusOf(job.id)).toBe('COMPLETED');
  });
});

describe('job engine: shared backoff when the server is strained', () => {
  it('pauses the queue after a rate limit, says when to wake (the pause or an earlier waiting job), and after a success runs the configured number again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const model = scriptedModel();
    const wakes: Array<number | null> = [];
    const engine = startEngine({ generate: model.generate, onWakeAt: (at) => wakes.push(at) }, { maxConcurrentJobs: 2 });
    const start = Date.now();
    const limited = await queueFor('Limited Co');
    await engine.pump();
    model.call('Limited Co').fail(serverError('rate-limited', 120_000));
    await engine.idle();
    const pauseEnds = start + 120_000;
    expect(wakes.at(-1)).toBe(pauseEnds);
    // The user gives up on the limited job; new work arrives during the pause.
    await cancelJob(limited.id);
    const jobs = await Promise.all(['One', 'Two', 'Three'].map((c) => queueFor(`${c} Co`)));
    await engine.startQueued();
    expect(model.companies()).toEqual(['Limited Co']);
    expect(wakes.at(-1)).toBe(pauseEnds);
    // A job waiting until after the pause: the pause ends first.
    const later = await queueFor('Later Co');
    await updateJob(later.id, (j) => ({ ...j, notBefore: start + 200_000 }));
    await engine.startQueued();
    expect(wakes.at(-1)).toBe(pauseEnds);
    // A job waiting until before the pause ends: that comes first.
    await updateJob(later.id, (j) => ({ ...j, notBefore: start + 60_000 }));
    await engine.startQueued();
    expect(wakes.at(-1)).toBe(start + 60_000);
    await cancelJob(later.id);

    // The pause is over: one letter at a time (half of 2) until one succeeds.
    vi.setSystemTime(pauseEnds + 1);
    await engine.pump();
    expect(model.companies()).toHaveLength(2);
    const [, firstAfterPause] = model.calls;
    firstAfterPause!.answer();
    // The success relieves the strain: the other two run together.
    const others = ['One Co', 'Two Co', 'Three Co'].filter((c) => c !== firstAfterPause!.company).sort();
    await vi.waitFor(() => expect(model.companies().slice(2).sort()).toEqual(others));
    model.calls.slice(2).forEach((c) => c.answer());
    await engine.idle();
    for (const job of jobs) expect(await statusOf(job.id)).toBe('COMPLETED');
  });
});

describe('job engine: the wake-up timer', () => {
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

  async function rescheduled(engine: JobEngine, model: ReturnType<typeof scriptedModel>, company: string) {
    const job = await queueFor(company);
    await engine.pump();
    model.call(company).fail(serverError('rate-limited', 120_000));
    await engine.idle();
    const waiting = await getJob(job.id);
    expect(waiting?.status).toBe('PENDING');
    return waiting!;
  }

  it('starts a job waiting for a rate limit by itself once its time comes, without waking before, and schedules nothing once nothing waits', async () => {
    fakeClock();
    const model = scriptedModel();
    const wakes: Array<number | null> = [];
    const engine = startEngine({ generate: model.generate, onWakeAt: (at) => wakes.push(at) });
    const waiting = await rescheduled(engine, model, 'Patient Co');
    const fills = wakes.length;

    await vi.advanceTimersByTimeAsync(waiting.notBefore! - Date.now() - 1);
    await settle();
    // Nothing looked at the queue before the job's time.
    expect(wakes).toHaveLength(fills);
    expect(model.companies()).toEqual(['Patient Co']);

    await vi.advanceTimersByTimeAsync(100);
    await settle();
    await vi.waitFor(() => expect(model.companies()).toEqual(['Patient Co', 'Patient Co']));
    model.calls[1]!.answer();
    await engine.idle();
    expect(await statusOf(waiting.id)).toBe('COMPLETED');
    expect(wakes.at(-1)).toBeNull();

    // Nothing waits: a minute later the engine has not woken by itself.
    const settled = wakes.length;
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(wakes).toHaveLength(settled);
  });

  it('stop() leaves no wake-up timer behind', async () => {
    fakeClock();
    const model = scriptedModel();
    const engine = startEngine({ generate: model.generate });
    await rescheduled(engine, model, 'Stopped Co');
    expect(vi.getTimerCount()).toBe(1);
    engine.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
