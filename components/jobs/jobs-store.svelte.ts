import { getJob, getJobStreamText, getJobSummaries, listJobSummaries, mergeJob, watchChanges, type Change } from '@/lib/db';
import { nextLeaseCheck } from '@/lib/jobs/lease-watch';
import { isOrphaned } from '@/lib/jobs/recovery';
import type { GenerationJob, JobSummary } from '@/lib/schema';
import { startJob } from './start-job';

/** Summaries read before the list first shows: a screenful and a margin. */
export const FIRST_PAGE = 50;

function newestFirst(a: JobSummary, b: JobSummary): number {
  return b.createdAt - a.createdAt || b.id.localeCompare(a.id);
}

/**
 * Every job's summary (lib/schema/job-summary.ts), newest first, kept current without polling.
 * On start: the newest FIRST_PAGE through the index cursor (`loaded` turns true: the list can
 * show), then every older summary in one read (`complete` turns true). Each announced change
 * re-reads only the summaries it names. Summaries that did not change keep their identity, so a
 * keyed each-block re-renders only the rows that changed. Whole jobs (snapshots, streamed text)
 * are never held here: `watchJob` reads one when a view needs it.
 */
export class JobsStore {
  jobs = $state.raw<JobSummary[]>([]);
  /** The first page is in: the list can show. */
  loaded = $state(false);
  /** Every summary is in: counts and searches cover all jobs. */
  complete = $state(false);
  error = $state<string | null>(null);
  byId = $derived(new Map(this.jobs.map((j) => [j.id, j])));

  #dirty = new Set<string>();
  #reloadAll = false;
  #flushing: Promise<void> | null = null;
  #unwatch: (() => void) | null = null;
  #users = 0;
  #leaseTimer: ReturnType<typeof setTimeout> | null = null;

  /** Starts loading and watching; returns a function that stops when the last user is gone. */
  start(): () => void {
    this.#users++;
    if (this.#users === 1) {
      this.#unwatch = watchChanges((changes) => this.#onChanges(changes));
      this.#reloadAll = true;
      void this.#flush();
    }
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#unwatch?.();
        this.#unwatch = null;
        if (this.#leaseTimer) clearTimeout(this.#leaseTimer);
        this.#leaseTimer = null;
      }
    };
  }

  /** Re-read one job now (after this panel changed it, to not wait for the announcement). */
  refresh(id: string): Promise<void> {
    this.#dirty.add(id);
    return this.#flush();
  }


  #onChanges(changes: Change[]): void {
    for (const change of changes) {
      if (change.store === 'all' || (change.store === 'jobs' && change.op === 'clear')) this.#reloadAll = true;
      else if (change.store === 'jobs') for (const id of change.ids) this.#dirty.add(id);
    }
    void this.#flush();
  }

  /** Applies queued changes; changes arriving meanwhile are applied by the same run. */
  #flush(): Promise<void> {
    if (!this.#flushing) {
      this.#flushing = this.#drain().finally(() => {
        this.#flushing = null;
        // A change that arrived after the last check but before this callback.
        if (this.#dirty.size > 0 || this.#reloadAll) void this.#flush();
      });
    }
    return this.#flushing;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#reloadAll || this.#dirty.size > 0) {
        if (this.#reloadAll) {
          this.#reloadAll = false;
          this.#dirty.clear();
          await this.#loadAll();
          continue;
        }
        const ids = [...this.#dirty];
        this.#dirty.clear();
        this.#apply(ids, await getJobSummaries(ids));
      }
      this.#watchLeases();
    } catch (error) {
      this.error = `Could not read your jobs (${error instanceof Error ? error.message : String(error)}). Close and reopen the panel to try again.`;
    }
  }

  /** The first page (shown at once), then the rest in one read. Changes meanwhile wait in #dirty. */
  async #loadAll(): Promise<void> {
    const old = this.byId;
    const keep = (s: JobSummary) => {
      const before = old.get(s.id);
      return before && sameSummary(before, s) ? before : s;
    };
    const first = await listJobSummaries({ limit: FIRST_PAGE });
    if (!this.loaded || first.next === null) {
      // Showing the first page alone would hide older rows for a moment on a reload: only on the first load.
      this.jobs = first.items.map(keep);
      this.loaded = true;
    }
    this.error = null;
    const rest = first.next ? (await listJobSummaries({ after: first.next })).items : [];
    this.jobs = [...first.items, ...rest].map(keep);
    this.loaded = true;
    this.complete = true;
  }

  /**
   * A running job's worker may die (Chrome stops it, it crashes). The panel is open anyway: one
   * timer at the next lease expiry, and if the lease really lapsed, a message wakes the worker,
   * whose start recovers and restarts the job. Not polling: it fires only when a lease runs out.
   */
  #watchLeases(minDelayMs = 0): void {
    if (this.#leaseTimer) clearTimeout(this.#leaseTimer);
    this.#leaseTimer = null;
    const at = nextLeaseCheck(this.jobs);
    if (at === null || this.#users === 0) return;
    this.#leaseTimer = setTimeout(() => void this.#wakeIfOrphaned(), Math.max(minDelayMs, at - Date.now()));
  }

  async #wakeIfOrphaned(): Promise<void> {
    this.#leaseTimer = null;
    const running = await listJobSummaries({ status: 'IN_PROGRESS' }).then((page) => page.items, () => []);
    const orphan = running.find((job) => isOrphaned(job, Date.now()));
    if (orphan) await startJob(orphan.id);
    // A worker that does not take the job back is asked again in a while, not in a tight loop.
    this.#watchLeases(orphan ? 2_000 : 0);
  }

  #apply(ids: string[], fresh: (JobSummary | undefined)[]): void {
    const updates = new Map<string, JobSummary | undefined>();
    ids.forEach((id, i) => updates.set(id, fresh[i]));
    let added = false;
    const next: JobSummary[] = [];
    for (const job of this.jobs) {
      if (!updates.has(job.id)) {
        next.push(job);
        continue;
      }
      const replacement = updates.get(job.id);
      updates.delete(job.id);
      if (replacement) next.push(sameSummary(job, replacement) ? job : replacement);
    }
    for (const job of updates.values()) {
      if (job) {
        next.push(job);
        added = true;
      }
    }
    if (added) next.sort(newestFirst);
    this.jobs = next;
  }
}

/** Summaries are small and flat: comparing their JSON is exact and cheap. */
function sameSummary(a: JobSummary, b: JobSummary): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export const jobsStore = new JobsStore();

/** One whole job, kept current: what `watchJob` returns. */
export interface WatchedJob {
  /** The job with its snapshots and streamed text; null before it is read and once it is deleted. */
  readonly job: GenerationJob | null;
  /** The first read is done (so a null job means it does not exist). */
  readonly loaded: boolean;
  readonly error: string | null;
}

/**
 * Watches one whole job (snapshots, streamed text), for the letter view. A progress write re-reads
 * only the job's summary and streamed text and lays them over the job already held; any other
 * change re-reads the whole job. Call during component initialisation: it uses `$effect`.
 */
export function watchJob(id: () => string | null): WatchedJob {
  let job = $state.raw<GenerationJob | null>(null);
  let loaded = $state(false);
  let error = $state<string | null>(null);

  $effect(() => {
    const jobId = id();
    job = null;
    loaded = false;
    error = null;
    if (!jobId) return;
    let stopped = false;
    // Reads finish in order of asking: a slow whole read never overwrites a newer progress read.
    let chain: Promise<void> = Promise.resolve();
    const read = (kind: 'whole' | 'progress') => {
      chain = chain.then(async () => {
        try {
          const held = job;
          if (kind === 'progress' && held) {
            const [[summary], text] = await Promise.all([getJobSummaries([jobId]), getJobStreamText(jobId)]);
            if (stopped) return;
            job = summary ? mergeJob(held, summary, text) : null;
          } else {
            const whole = await getJob(jobId);
            if (stopped) return;
            job = whole ?? null;
          }
          loaded = true;
          error = null;
        } catch (e) {
          if (!stopped) error = `Could not read this job (${e instanceof Error ? e.message : String(e)}). Close it and open it again.`;
        }
      });
    };
    read('whole');
    const unwatch = watchChanges((changes) => {
      let kind: 'whole' | 'progress' | null = null;
      for (const c of changes) {
        if (c.store === 'all') kind = 'whole';
        else if (c.store === 'jobs' && c.ids.includes(jobId)) kind = c.op === 'progress' && kind !== 'whole' ? 'progress' : 'whole';
      }
      if (kind) read(kind);
    });
    return () => {
      stopped = true;
      unwatch();
    };
  });

  return {
    get job() {
      return job;
    },
    get loaded() {
      return loaded;
    },
    get error() {
      return error;
    },
  };
}
