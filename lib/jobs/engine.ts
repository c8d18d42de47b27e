import { getJob, getJobSummaries, watchChanges } from '../db';
import { loadSettings, watchSettings } from '../settings';
import { newId, type GenerationJob, type Settings } from '../schema';
import { recoverOrphanedJobs } from './recovery';
import { heldBy, runJob, type Generate, type RunOutcome } from './runner';
import { claimJobs, nextWakeAt } from './scheduler';
import { ServerPressure } from './server-pressure';
import { isFinished } from './state-machine';

export interface JobEngineOptions {
  generate: Generate;
  loadSettings?: () => Promise<Settings>;
  /** Told about every job that ends here (notifications, badge). */
  onJobFinished?: (job: GenerationJob, outcome: RunOutcome) => void;
  /** Told when the engine goes from idle to busy and back (the watchdog alarm). */
  onBusyChange?: (busy: boolean) => void;
  /** Told when the earliest job waiting for a later time (a rate limit) may start, or null when none waits. */
  onWakeAt?: (at: number | null) => void;
}

interface Run {
  controller: AbortController;
  token: string;
  /** The model has answered; the job is only being saved, so it no longer takes one of the concurrent slots. */
  saving: boolean;
}

/**
 * The background's job runner: claims pending jobs up to the concurrency limit, runs them, and
 * aborts a running job as soon as its record says it is no longer ours (cancelled, deleted).
 * One engine per background context; its owner id names its leases.
 */
export class JobEngine {
  readonly owner = newId();
  private readonly running = new Map<string, Run>();
  private readonly finished = new Set<Promise<unknown>>();
  private pumping: Promise<void> | null = null;
  private pumpAgain = false;
  /** Whether the next fill looks for orphaned jobs first (see fill). */
  private recoverNext = true;
  /** Whether the next fill reads settings from storage instead of trusting the watched copy. */
  private rereadNext = true;
  private unwatch: (() => void) | null = null;
  private unwatchSettings: (() => void) | null = null;
  /** The latest settings, while watched (see currentSettings). */
  private settings: Settings | null = null;
  private settingsChanges = 0;
  /** Counts fills asked for from outside: one asked for during a fill may come with settings saved after that fill read them. */
  private fillsAsked = 0;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly pressure = new ServerPressure();
  /** A stopped engine claims nothing more, even from a run that ends after the stop. */
  private stopped = false;

  constructor(private readonly options: JobEngineOptions) {}

  /**
   * The settings a fill uses. Without an injected loader, a slot our own run hands over uses the
   * copy a watch keeps current, so the next letter waits for no storage read. A fill asked for from
   * outside (new work, a pump) reads storage: settings saved just before the job was queued must
   * hold, and their change event may reach this worker after the message that queued it.
   */
  private async currentSettings(reread: boolean): Promise<Settings> {
    if (this.options.loadSettings) return this.options.loadSettings();
    if (this.settings && !reread) return this.settings;
    const seen = this.settingsChanges;
    const loaded = await loadSettings();
    // A change the watch delivered during the read is newer than what the read returned.
    if (this.settingsChanges !== seen && this.settings) return this.settings;
    // Kept only while watched, so that the watch goes on replacing it.
    if (this.unwatchSettings) this.settings = loaded;
    return loaded;
  }

  /** Starts watching for cancellations. Call once from the background's main. */
  start(): void {
    this.stopped = false;
    if (!this.options.loadSettings) {
      this.unwatchSettings ??= watchSettings((settings) => {
        this.settings = settings;
        this.settingsChanges++;
      });
    }
    this.unwatch ??= watchChanges((changes) => {
      for (const change of changes) {
        // A progress write is a run's own (only the claim's holder writes progress): it cannot take the job away.
        if ((change.store !== 'jobs' && change.store !== 'all') || change.op === 'progress') continue;
        const ids = change.store === 'all' ? [...this.running.keys()] : change.ids.filter((id) => this.running.has(id));
        for (const id of ids) void this.abortIfNotOurs(id);
      }
    });
  }

  stop(): void {
    this.stopped = true;
    this.unwatch?.();
    this.unwatch = null;
    this.unwatchSettings?.();
    this.unwatchSettings = null;
    this.settings = null;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    for (const run of this.running.values()) run.controller.abort();
  }

  get runningJobIds(): string[] {
    return [...this.running.keys()];
  }

  /** Resolves when every job started so far has ended: for tests and benchmarks. */
  async idle(): Promise<void> {
    while (this.pumping || this.finished.size > 0) {
      await Promise.all([this.pumping, ...this.finished]);
    }
  }

  /** Recovers orphaned jobs, then fills free slots. Safe to call often: calls coalesce. */
  pump(): Promise<void> {
    this.recoverNext = true;
    this.rereadNext = true;
    this.fillsAsked++;
    return this.fill();
  }

  /**
   * Fills free slots for newly queued work, without looking for orphans: this worker's start did
   * that, and wake-ups and watchdog ticks keep doing it. Queuing fifty jobs then costs no recovery
   * transactions in front of the first letters.
   */
  startQueued(): Promise<void> {
    this.rereadNext = true;
    this.fillsAsked++;
    return this.fill();
  }

  /**
   * Fills free slots; recovers orphans first only when a pump asked for it. A slot one of our own
   * runs gives back is filled without recovery: only another worker's death orphans a job, and every
   * start of a worker, wake-up and watchdog tick pumps with recovery. That keeps one transaction off
   * the gap between two letters.
   */
  private fill(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.pumping) {
      this.pumpAgain = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      try {
        do {
          this.pumpAgain = false;
          const recover = this.recoverNext;
          const reread = this.rereadNext;
          this.recoverNext = false;
          this.rereadNext = false;
          await this.fillSlots(recover, reread);
        } while (this.pumpAgain);
      } finally {
        this.pumping = null;
      }
    })();
    return this.pumping;
  }

  private async fillSlots(recover: boolean, reread: boolean): Promise<void> {
    const asked = this.fillsAsked;
    const settings = await this.currentSettings(reread);
    const now = Date.now();
    // Our own runs are alive even when their lease lapsed (the machine slept): never recover or re-claim them.
    const ours = new Set(this.running.keys());
    if (recover) await recoverOrphanedJobs(now, ours);
    const concurrency = this.pressure.concurrency(settings.maxConcurrentJobs);
    const talking = [...this.running.values()].filter((run) => !run.saving).length;
    // Every slot is taken by our own letters: no claim can succeed, so none is tried. A burst of
    // queued jobs then adds no read-write transaction per job in front of the letters' progress writes.
    if (talking >= concurrency) return;
    // Under a shared backoff the queue pauses, then runs fewer jobs at once until the server copes again.
    const paused = this.pressure.pauseUntil(now);
    let queued: number | null | undefined;
    if (!paused) {
      // Work queued while this fill ran may be among the claimed jobs, with settings (an API key)
      // saved after this fill read them: those jobs start with the settings read again.
      let late: Promise<void> | null = null;
      await claimJobs(this.owner, concurrency, now, ours, talking, (claimed, wakeAt) => {
        queued = wakeAt;
        if (this.fillsAsked === asked || claimed.length === 0) claimed.forEach((job) => this.launch(job, settings));
        else late = this.currentSettings(true).then((fresh) => claimed.forEach((job) => this.launch(job, fresh)));
      });
      if (late) await late;
    }
    // A claim read the queue already: a second read here would hold up the next fill (the next letter).
    if (queued === undefined) queued = await nextWakeAt(now);
    const wakeAt = paused && (queued === null || paused < queued) ? paused : queued;
    this.wakeAt(wakeAt);
    this.options.onWakeAt?.(wakeAt);
  }

  /**
   * A job waiting seconds for its automatic retry starts on time from a timer while this worker
   * lives; the alarm (onWakeAt) covers a worker that is stopped meanwhile, and long waits.
   */
  private wakeAt(at: number | null): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    if (at === null || !this.unwatch) return;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      void this.pump();
    }, Math.max(0, at - Date.now()) + 20);
  }

  private launch(job: GenerationJob, settings: Settings): void {
    if (this.running.has(job.id)) return;
    const controller = new AbortController();
    const entry: Run = { controller, token: job.lease?.token ?? '', saving: false };
    const wasIdle = this.running.size === 0;
    this.running.set(job.id, entry);
    if (wasIdle) this.options.onBusyChange?.(true);
    const run = runJob(job, {
      owner: this.owner,
      settings,
      generate: this.options.generate,
      signal: controller.signal,
      onServerStrain: (retryAfterMs) => this.pressure.strained(Date.now(), retryAfterMs),
      // The limit is on letters being written at once: the next one starts while this one is saved.
      onModelDone: () => {
        entry.saving = true;
        void this.fill();
      },
    })
      .catch((error: unknown) => {
        console.error('Job runner crashed', error);
        return 'LOST' as RunOutcome;
      })
      .then(async (outcome) => {
        if (this.running.get(job.id) === entry) this.running.delete(job.id);
        if (outcome === 'COMPLETED') this.pressure.relieved();
        const final = await getJob(job.id);
        // Only a job whose record says it ended: a run stopped because another claim took the job
        // reports CANCELLED, while the job itself goes on under that claim.
        if (final && isFinished(final.status) && outcome !== 'LOST' && outcome !== 'RESCHEDULED') this.options.onJobFinished?.(final, outcome);
        if (this.running.size === 0) this.options.onBusyChange?.(false);
        // A slot is free: the next pending job starts without waiting for the watchdog.
        await this.fill();
      })
      .finally(() => this.finished.delete(run));
    this.finished.add(run);
  }

  private async abortIfNotOurs(id: string): Promise<void> {
    const run = this.running.get(id);
    if (!run) return;
    // The summary carries status and lease: no need to read the job's snapshots on every progress write.
    const [job] = await getJobSummaries([id]);
    if (!job || !heldBy(job, { owner: this.owner, token: run.token })) run.controller.abort();
  }
}
